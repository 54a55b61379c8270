namespace NrcGame.Market;

/// <summary>Trade marketing toward the distributors of one channel (market-model.md §5.2–§5.4).</summary>
public sealed record TradeDecision
{
    /// <summary>Listing fees paid to the channel this quarter (€).</summary>
    public decimal ListingFees { get; init; }

    /// <summary>Coopération commerciale (marges arrière) as a share of sell-in HT (0–0.3).</summary>
    public decimal CooperationRate { get; init; }

    /// <summary>Têtes de gondole and PLV spend this quarter (€).</summary>
    public decimal DisplaySpend { get; init; }

    /// <summary>For an e-commerce channel: whether the firm sells on the marketplace (DV = 1).</summary>
    public bool OnlineListing { get; init; } = true;
}
