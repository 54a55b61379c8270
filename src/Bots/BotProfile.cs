namespace NrcGame.Bots;

/// <summary>
/// The levers of one strategy, relative to the scenario's reference firm (its reference price, remises,
/// media, trade spend and sales team). A factor of 1 plays the reference level.
/// </summary>
public sealed record BotProfile
{
    /// <summary>French name shown to the class.</summary>
    public required string Label { get; init; }

    /// <summary>List price ÷ reference price, per segment.</summary>
    public decimal PriceFactor { get; init; } = 1m;

    /// <summary>Remise added to every channel's reference remise (may be negative).</summary>
    public decimal ExtraDiscount { get; init; }

    /// <summary>Media and direct marketing ÷ their reference spend.</summary>
    public decimal MediaFactor { get; init; } = 1m;

    /// <summary>Sponsorship ÷ its reference spend.</summary>
    public decimal SponsorshipFactor { get; init; } = 1m;

    /// <summary>Têtes de gondole and PLV ÷ the channel's reference trade spend.</summary>
    public decimal TradeFactor { get; init; } = 1m;

    /// <summary>Coopération commerciale granted to listed channels (share of sell-in).</summary>
    public decimal CooperationRate { get; init; }

    /// <summary>Weight of the listed channels (hyper, proximité, grossistes) in the reps' time, before renormalising.</summary>
    public double ListedChannelTimeWeight { get; init; } = 1.0;

    /// <summary>Target sales team ÷ the scenario's starting team.</summary>
    public double HeadcountFactor { get; init; } = 1.0;

    /// <summary>Training days per rep and quarter.</summary>
    public double TrainingDays { get; init; }

    /// <summary>Stimulation budget per rep and quarter (€).</summary>
    public decimal StimulationPerRep { get; init; }

    /// <summary>Units the strategy expects to sell ÷ last quarter's units, at least 1 (below 1 it would shrink its stock turn after turn).</summary>
    public double VolumeFactor { get; init; } = 1.0;

    /// <summary>Whether the list price follows the market's average price seen in the public news.</summary>
    public bool FollowsMarketPrice { get; init; }

    /// <summary>The profile of each strategy.</summary>
    public static BotProfile Of(BotStrategy strategy) => strategy switch
    {
        BotStrategy.Discounter => new BotProfile
        {
            Label = "Discounteur", PriceFactor = 0.82m, ExtraDiscount = 0.02m, MediaFactor = 0.5m, SponsorshipFactor = 0m,
            TradeFactor = 0.8m, VolumeFactor = 1.25,
        },
        BotStrategy.PremiumBrand => new BotProfile
        {
            Label = "Marque premium", PriceFactor = 1.15m, ExtraDiscount = -0.02m, MediaFactor = 1.3m, SponsorshipFactor = 1.5m,
            TrainingDays = 1,
        },
        BotStrategy.SalesForceHeavy => new BotProfile
        {
            Label = "Force de vente", MediaFactor = 0.7m, HeadcountFactor = 1.5, TrainingDays = 2, StimulationPerRep = 400m, VolumeFactor = 1.1,
        },
        BotStrategy.DistributorFocused => new BotProfile
        {
            Label = "Distributeurs", PriceFactor = 0.98m, ExtraDiscount = 0.03m, MediaFactor = 0.8m, TradeFactor = 2.5m,
            CooperationRate = 0.05m, ListedChannelTimeWeight = 1.6, VolumeFactor = 1.1,
        },
        BotStrategy.BalancedFollower => new BotProfile { Label = "Suiveur équilibré", FollowsMarketPrice = true },
        _ => throw new ArgumentOutOfRangeException(nameof(strategy), strategy, "Unknown bot strategy."),
    };

    /// <summary>Smallest margin over the unit purchase cost a bot's net price keeps (a bot never sells under cost).</summary>
    public const decimal MinimumMarkup = 0.10m;

    /// <summary>Cash reserve a bot keeps, as a share of the scenario's starting cash; below it the bot saves cash before following its strategy.</summary>
    public const decimal CashReserveShare = 0.5m;

    /// <summary>Lowest list price ÷ reference price a follower goes to.</summary>
    public const decimal FollowerFloor = 0.95m;

    /// <summary>Highest list price ÷ reference price a follower goes to.</summary>
    public const decimal FollowerCeiling = 1.08m;
}
