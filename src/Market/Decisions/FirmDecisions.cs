namespace NrcGame.Market;

/// <summary>
/// Everything a firm decides for one quarter: the five families of product.md, purchases, objectives per
/// segment and market studies bought (market-model.md §8.1). Check it with <see cref="DecisionRules.Validate"/>.
/// </summary>
public sealed record FirmDecisions
{
    /// <summary>Family 1 — prices and terms of sale.</summary>
    public PricingDecisions Pricing { get; init; } = new();

    /// <summary>Family 2 — hires, dismissals, training.</summary>
    public StaffingDecisions Staffing { get; init; } = new();

    /// <summary>Family 3 — remuneration plan, stimulation, management style.</summary>
    public RemunerationDecisions Remuneration { get; init; } = new();

    /// <summary>Family 4 — time allocation across territories × channels, prospection vs fidélisation.</summary>
    public AllocationDecisions Allocation { get; init; } = new();

    /// <summary>Family 5 — media, direct marketing, sponsorship, trade marketing.</summary>
    public PromotionDecisions Promotion { get; init; } = new();

    /// <summary>Units ordered from the supplier per segment id, received within the quarter.</summary>
    public IReadOnlyDictionary<string, long> Purchases { get; init; } = new Dictionary<string, long>();

    /// <summary>Sales objective (CA HT) per segment id, for the analyse des écarts (S534).</summary>
    public IReadOnlyDictionary<string, decimal> Objectives { get; init; } = new Dictionary<string, decimal>();

    /// <summary>Market studies bought this quarter.</summary>
    public IReadOnlyList<MarketStudy> Studies { get; init; } = [];
}
