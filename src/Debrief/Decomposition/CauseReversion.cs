namespace NrcGame.Debrief;

/// <summary>
/// Builds turn N's input with one cause reverted to its value of turn N − 1, everything else as played (states
/// carried into turn N, seed, turn number, the other causes). Precisely, for the firm studied:
/// <list type="bullet">
/// <item><see cref="ChangeCause.Price"/>: its <see cref="FirmDecisions.Pricing"/> of N − 1 replaces the one of N, as a whole.</item>
/// <item><see cref="ChangeCause.SalesEffort"/>: its <see cref="FirmDecisions.Staffing"/>, <see cref="FirmDecisions.Remuneration"/>
/// and <see cref="FirmDecisions.Allocation"/> of N − 1 replace those of N: the hires of N − 1 are ordered again, its
/// dismissals of reps already gone are void (the engine only dismisses reps of the team), the reps hired since keep the
/// default time split of N − 1.</item>
/// <item><see cref="ChangeCause.Promotion"/>: its media, direct-marketing and sponsorship budgets of N − 1 replace those of N
/// (trade marketing unchanged).</item>
/// <item><see cref="ChangeCause.Distribution"/>: its trade marketing of N − 1 (listing fees, coopération commerciale, display
/// spend, online listing, per channel) replaces the one of N.</item>
/// <item><see cref="ChangeCause.MarketGrowth"/>: the scenario's calendar is shifted back one quarter — the potential is divided
/// by (1 + growth), the seasonal coefficients rotate by one quarter and the outlook by one turn — so that turn N meets the
/// base volumes of turn N − 1. Parameters a teacher edited between the turns are not reverted.</item>
/// <item><see cref="ChangeCause.Competitors"/>: every other firm's decisions of N − 1 replace their decisions of N (their
/// states stay those carried into N); a firm absent from N − 1 keeps its decisions.</item>
/// </list>
/// Purchases, objectives and market studies are never reverted.
/// </summary>
public static class CauseReversion
{
    /// <summary>Turn N's input with <paramref name="cause"/> reverted for <paramref name="firmId"/> (see the type's documentation).</summary>
    /// <param name="current">Input of turn N as played.</param>
    /// <param name="previous">Input of turn N − 1 as played (only its decisions are used).</param>
    /// <param name="firmId">Firm whose change is explained.</param>
    /// <param name="cause">Cause to revert.</param>
    public static TurnInput Revert(TurnInput current, TurnInput previous, string firmId, ChangeCause cause)
    {
        var now = current.Firms[firmId].Decisions;
        var before = previous.Firms[firmId].Decisions;
        return cause switch
        {
            ChangeCause.Price => current.WithDecisions(firmId, now with { Pricing = before.Pricing }),
            ChangeCause.SalesEffort => current.WithDecisions(firmId, now with
            {
                Staffing = before.Staffing,
                Remuneration = before.Remuneration,
                Allocation = before.Allocation,
            }),
            ChangeCause.Promotion => current.WithDecisions(firmId, now with
            {
                Promotion = now.Promotion with
                {
                    Media = before.Promotion.Media,
                    DirectMarketing = before.Promotion.DirectMarketing,
                    Sponsorship = before.Promotion.Sponsorship,
                },
            }),
            ChangeCause.Distribution => current.WithDecisions(firmId, now with { Promotion = now.Promotion with { Trade = before.Promotion.Trade } }),
            ChangeCause.MarketGrowth => current with { Scenario = ShiftedBackOneQuarter(current.Scenario) },
            ChangeCause.Competitors => current with { Firms = CompetitorsReverted(current, previous, firmId) },
            _ => throw new ArgumentOutOfRangeException(nameof(cause), cause, "Cause inconnue."),
        };
    }

    /// <summary>French label of a cause.</summary>
    public static string Label(ChangeCause cause) => cause switch
    {
        ChangeCause.Price => "Prix et conditions de vente",
        ChangeCause.SalesEffort => "Effort de vente",
        ChangeCause.Promotion => "Communication",
        ChangeCause.Distribution => "Distribution (trade marketing)",
        ChangeCause.MarketGrowth => "Évolution du marché",
        ChangeCause.Competitors => "Concurrents",
        _ => throw new ArgumentOutOfRangeException(nameof(cause), cause, "Cause inconnue."),
    };

    /// <summary>French explanation of what "reverted" means for a cause, to show with its effect.</summary>
    public static string Explanation(ChangeCause cause) => cause switch
    {
        ChangeCause.Price =>
            "Trimestre rejoué avec tous vos prix et conditions de vente du trimestre précédent (prix catalogue, remises, ristourne, "
            + "délai de paiement, escompte, promotion consommateur, classes de clients acceptées, assurance-crédit), tout le reste inchangé.",
        ChangeCause.SalesEffort =>
            "Trimestre rejoué avec les décisions de force de vente du trimestre précédent : embauches, licenciements et formation, "
            + "plan de rémunération (fixe, commission, quota, primes, stimulation, style de management) et répartition du temps des commerciaux.",
        ChangeCause.Promotion =>
            "Trimestre rejoué avec vos budgets de publicité média, de marketing direct et de parrainage du trimestre précédent.",
        ChangeCause.Distribution =>
            "Trimestre rejoué avec votre trade marketing du trimestre précédent : droits de référencement, coopération commerciale, "
            + "têtes de gondole et PLV, présence sur les places de marché.",
        ChangeCause.MarketGrowth =>
            "Trimestre rejoué dans l'environnement du trimestre précédent : même potentiel (croissance retirée), même coefficient "
            + "saisonnier, même conjoncture.",
        ChangeCause.Competitors =>
            "Trimestre rejoué avec les décisions que les autres équipes avaient prises au trimestre précédent.",
        _ => throw new ArgumentOutOfRangeException(nameof(cause), cause, "Cause inconnue."),
    };

    /// <summary>
    /// The scenario whose turn t has the environment of turn t − 1: potential ÷ (1 + g), seasonal coefficients rotated
    /// by one quarter, outlook delayed by one turn (turn 1 gets the neutral outlook 1 of turn 0).
    /// </summary>
    public static MarketScenario ShiftedBackOneQuarter(MarketScenario scenario) => scenario with
    {
        Segments = scenario.Segments.Select(segment => segment with
        {
            Potential = segment.Potential.ToDictionary(pair => pair.Key, pair => pair.Value / (1.0 + segment.GrowthPerQuarter), StringComparer.Ordinal),
            Seasonality = segment.Seasonality.Count == 4
                ? [segment.Seasonality[3], segment.Seasonality[0], segment.Seasonality[1], segment.Seasonality[2]]
                : segment.Seasonality,
        }).ToList(),
        Outlook = scenario.Outlook.Count == 0 ? [] : [1.0, .. scenario.Outlook],
    };

    private static Dictionary<string, FirmTurnInput> CompetitorsReverted(TurnInput current, TurnInput previous, string firmId) =>
        current.Firms.ToDictionary(
            pair => pair.Key,
            pair => pair.Key != firmId && previous.Firms.TryGetValue(pair.Key, out var before) ? pair.Value with { Decisions = before.Decisions } : pair.Value,
            StringComparer.Ordinal);
}
