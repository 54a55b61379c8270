namespace NrcGame.Debrief;

/// <summary>
/// A cause of the change in a firm's sales and profit between two turns. Each cause is a group of inputs of the
/// engine that the decomposition reverts to its value of the previous turn (see <see cref="CauseReversion"/>).
/// </summary>
public enum ChangeCause
{
    /// <summary>The firm's whole <see cref="PricingDecisions"/>: list prices, remises, ristourne, payment terms, escompte, consumer promotion, credit classes accepted, credit insurance.</summary>
    Price,

    /// <summary>The firm's staffing (hires, dismissals, training), remuneration plan (pay, quota, stimulation, style) and time allocation.</summary>
    SalesEffort,

    /// <summary>The firm's media, direct-marketing and sponsorship budgets.</summary>
    Promotion,

    /// <summary>The firm's trade marketing per channel: listing fees, coopération commerciale, display spend, online listing.</summary>
    Distribution,

    /// <summary>The turn-dependent environment of the scenario: growth of the potential, seasonal coefficient, economic outlook.</summary>
    MarketGrowth,

    /// <summary>Every other firm's decisions.</summary>
    Competitors,
}
