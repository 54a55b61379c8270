namespace NrcGame.Market;

/// <summary>
/// Response parameters of one segment, with the defaults of market-model.md §8.4 (quarterly).
/// <see cref="ForB2C"/> and <see cref="ForB2B"/> give the calibrated defaults of §8.3.
/// </summary>
public sealed record MarketParameters
{
    /// <summary>β_P, MCI price exponent (§1.1, §8.4: 3.2 B2C, 1.8 B2B).</summary>
    public double PriceExponent { get; init; } = 3.2;

    /// <summary>ε_c, category price elasticity (§1.3: 0.8 B2C, 0.5 B2B).</summary>
    public double CategoryPriceElasticity { get; init; } = 0.8;

    /// <summary>κ, maximum primary-demand lift from aggregate advertising pressure (§1.3).</summary>
    public double PrimaryDemandLift { get; init; } = 0.15;

    /// <summary>X_half, aggregate pressure giving half of <see cref="PrimaryDemandLift"/> (§1.3).</summary>
    public double PrimaryDemandHalf { get; init; } = 4.0;

    /// <summary>Advertising index R_A of the communication stock G (§2.1, §8.4).</summary>
    public ResponseCurve Advertising { get; init; } = new(1.0, 2.5);

    /// <summary>Salesforce index R_S of the coverage stock S (h = 1 coverage, §3.1, §8.4).</summary>
    public ResponseCurve Salesforce { get; init; } = new(0.8, 1.5);

    /// <summary>Trade index R_T of têtes de gondole / PLV spend relative to the reference (§5.4).</summary>
    public ResponseCurve Trade { get; init; } = new(1.0, 1.4);

    /// <summary>β_D, exponent of weighted distribution DV in attraction (§5.1).</summary>
    public double DistributionExponent { get; init; } = 1.0;

    /// <summary>Promotion price exponent as a multiple of β_P (§5.4: 1.4).</summary>
    public double PromotionExponentFactor { get; init; } = 1.4;

    /// <summary>Share of a promotion's incremental units lost from next quarter's demand (§5.4: 25 %).</summary>
    public double PostPromotionDip { get; init; } = 0.25;

    /// <summary>φ, share of unmet demand that switches to rivals with stock (§8.2 step 10: 0.5); the rest is lost.</summary>
    public double SpillOver { get; init; } = 0.5;

    /// <summary>pt, share of per-unit trade deals passed to the shelf price (§5.3: 0.6).</summary>
    public double PassThrough { get; init; } = 0.6;

    /// <summary>λ of the media goodwill stock (§2.3: 0.4).</summary>
    public double MediaRetention { get; init; } = 0.4;

    /// <summary>λ of the direct-marketing stock (§2.3: 0.2).</summary>
    public double DirectMarketingRetention { get; init; } = 0.2;

    /// <summary>λ of the sponsorship/image stock (§2.3: 0.6).</summary>
    public double SponsorshipRetention { get; init; } = 0.6;

    /// <summary>ω weights of media, direct marketing and sponsorship in G (§8.2 step 4; they sum to 1).</summary>
    public double MediaWeight { get; init; } = 0.7;

    /// <summary>ω weight of direct marketing in G.</summary>
    public double DirectMarketingWeight { get; init; } = 0.2;

    /// <summary>ω weight of sponsorship in G.</summary>
    public double SponsorshipWeight { get; init; } = 0.1;

    /// <summary>β_dist: perceived-value loss per point of distance between product quality and the segment's ideal (§1.2).</summary>
    public double QualityDistanceWeight { get; init; } = 0.15;

    /// <summary>Weight of the image index (sponsorship stock) in perceived value V (§1.2).</summary>
    public double ImageWeight { get; init; } = 0.2;

    /// <summary>Weight of last quarter's service level (fill rate) in perceived value V (§1.2).</summary>
    public double ServiceWeight { get; init; } = 0.3;

    /// <summary>Calibrated B2C defaults (§8.4 column B2C).</summary>
    public static MarketParameters ForB2C { get; } = new();

    /// <summary>Calibrated B2B defaults (§8.4 column B2B).</summary>
    public static MarketParameters ForB2B { get; } = new()
    {
        PriceExponent = 1.8,
        CategoryPriceElasticity = 0.5,
        PrimaryDemandLift = 0.10,
        Advertising = new(1.0, 1.5),
        Salesforce = new(0.15, 3.2),
        Trade = new(1.0, 1.2),
        MediaWeight = 0.4,
        DirectMarketingWeight = 0.5,
        SponsorshipWeight = 0.1,
    };
}
