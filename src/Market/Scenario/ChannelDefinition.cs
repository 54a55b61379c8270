namespace NrcGame.Market;

/// <summary>A distribution channel c (market-model.md §5, §8.1).</summary>
public sealed record ChannelDefinition
{
    /// <summary>Identifier used as a key everywhere.</summary>
    public string Id { get; init; } = "";

    /// <summary>French display name.</summary>
    public string Name { get; init; } = "";

    /// <summary>What kind of channel it is.</summary>
    public ChannelKind Kind { get; init; }

    /// <summary>tm_c: intermediary taux de marque (retailer margin or marketplace commission), 0 for direct (§5.3, §8.4).</summary>
    public double IntermediaryMargin { get; init; }

    /// <summary>Remise a typical firm grants this channel; the reference buyer price uses it (§1.1).</summary>
    public decimal ReferenceDiscount { get; init; }

    /// <summary>Recommended visits per account and quarter (Talley call frequency, §3.1).</summary>
    public double CallsPerAccount { get; init; } = 2.0;

    /// <summary>Visits a field rep makes per working day in this channel (§8.4: 6 retail, 5 B2B).</summary>
    public double VisitsPerDay { get; init; } = 5.0;

    /// <summary>Reference têtes de gondole/PLV spend per firm and quarter: the trade index is R_T(spend/reference) (§5.4).</summary>
    public decimal ReferenceTradeSpend { get; init; }

    /// <summary>Retailer hurdle: listing is neutral (50 %) when the retailer's profit equals this fraction of the reference profit (§5.2).</summary>
    public double ListingHurdle { get; init; } = 0.5;

    /// <summary>σ_c of the listing logit, as a fraction of the reference profit (§5.2).</summary>
    public double ListingSpread { get; init; } = 0.3;

    /// <summary>α, listing adjustment speed per quarter (0.5, §5.2), reached when the channel is fully covered by reps.</summary>
    public double ListingAdjustment { get; init; } = 0.5;

    /// <summary>Exponent linking DN to DV (DN = DV^x, x &gt; 1: listings sit in large outlets first, §5.1).</summary>
    public double OutletConcentration { get; init; } = 1.5;

    /// <summary>Whether the firm needs the retailers' listing (hyper, proximity, wholesaler).</summary>
    public bool NeedsListing => Kind is ChannelKind.Hypermarket or ChannelKind.Proximity or ChannelKind.Wholesaler;
}
