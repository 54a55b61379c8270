namespace NrcGame.Market;

/// <summary>A customer segment s and the product each firm sells to it (market-model.md §1.3, §8.1).</summary>
public sealed record SegmentDefinition
{
    /// <summary>Identifier used as a key everywhere (e.g. <c>B2C_GP</c>).</summary>
    public string Id { get; init; } = "";

    /// <summary>French display name.</summary>
    public string Name { get; init; } = "";

    /// <summary>Consumers or professionals.</summary>
    public SegmentKind Kind { get; init; }

    /// <summary>P_ref,s: the reference list price HT (the price of a "typical" firm, §1.1).</summary>
    public decimal ReferencePrice { get; init; }

    /// <summary>Purchase cost HT of one unit (coût d'achat), received in the quarter it is ordered.</summary>
    public decimal UnitPurchaseCost { get; init; }

    /// <summary>TVA rate of the product (20 % standard, 5.5 % food).</summary>
    public decimal VatRate { get; init; } = 0.20m;

    /// <summary>g_s, growth of the potential per quarter (§1.3).</summary>
    public double GrowthPerQuarter { get; init; }

    /// <summary>SI_s,q: seasonal coefficients of quarters 1–4 of the year, Σ = 4 (§1.3, §8.4).</summary>
    public IReadOnlyList<double> Seasonality { get; init; } = [1.0, 1.0, 1.0, 1.0];

    /// <summary>M_s,k,0: potential in units per quarter, by territory id (§1.3).</summary>
    public IReadOnlyDictionary<string, double> Potential { get; init; } = new Dictionary<string, double>();

    /// <summary>w_s,c: share of the segment's purchases made through each channel id (§8.2 step 1; Σ = 1).</summary>
    public IReadOnlyDictionary<string, double> ChannelWeights { get; init; } = new Dictionary<string, double>();

    /// <summary>Share of the segment's buyers in each client credit class id (Σ = 1, §6.3).</summary>
    public IReadOnlyDictionary<string, double> CreditMix { get; init; } = new Dictionary<string, double>();

    /// <summary>Ideal product quality of the segment on the 0–10 scale (§1.2).</summary>
    public double IdealQuality { get; init; } = 6.0;

    /// <summary>a_ref: reference media spend per firm and quarter; normalised stocks equal 1 at this spend (§2.3).</summary>
    public decimal ReferenceMediaSpend { get; init; }

    /// <summary>Reference direct-marketing spend per firm and quarter.</summary>
    public decimal ReferenceDirectMarketingSpend { get; init; }

    /// <summary>Reference sponsorship spend per firm and quarter.</summary>
    public decimal ReferenceSponsorshipSpend { get; init; }

    /// <summary>Response parameters (§8.4); <see cref="MarketParameters.ForB2C"/> or <see cref="MarketParameters.ForB2B"/> by default.</summary>
    public MarketParameters Parameters { get; init; } = MarketParameters.ForB2C;
}
