namespace NrcGame.Market;

/// <summary>Family 5 — promotion: media, direct marketing, sponsorship and trade marketing (product.md; market-model.md §2.3, §5).</summary>
public sealed record PromotionDecisions
{
    /// <summary>Media advertising per segment id (€ HT per quarter).</summary>
    public IReadOnlyDictionary<string, decimal> Media { get; init; } = new Dictionary<string, decimal>();

    /// <summary>Direct marketing per segment id (€ HT per quarter).</summary>
    public IReadOnlyDictionary<string, decimal> DirectMarketing { get; init; } = new Dictionary<string, decimal>();

    /// <summary>Sponsorship per segment id (€ HT per quarter): mostly image.</summary>
    public IReadOnlyDictionary<string, decimal> Sponsorship { get; init; } = new Dictionary<string, decimal>();

    /// <summary>Trade marketing per channel id.</summary>
    public IReadOnlyDictionary<string, TradeDecision> Trade { get; init; } = new Dictionary<string, TradeDecision>();
}
