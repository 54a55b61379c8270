namespace NrcGame.Market;

/// <summary>The symmetric starting position of every firm (product.md "each firm's starting position").</summary>
public sealed record InitialPosition
{
    /// <summary>Cash at bank (512).</summary>
    public decimal Cash { get; init; } = 300000m;

    /// <summary>Fixed assets at cost (21x); capital (101) balances cash + assets + stock.</summary>
    public decimal FixedAssets { get; init; } = 200000m;

    /// <summary>Depreciation per quarter (6811/281).</summary>
    public decimal DepreciationPerQuarter { get; init; } = 5000m;

    /// <summary>Overheads per quarter: rent, IT, administration (external charges, §7.2 fixed).</summary>
    public decimal OverheadsPerQuarter { get; init; } = 90000m;

    /// <summary>Sales team at the start.</summary>
    public IReadOnlyList<InitialRepGroup> Reps { get; init; } = [];

    /// <summary>Opening stock per segment id (units, valued at the purchase cost).</summary>
    public IReadOnlyDictionary<string, long> Inventory { get; init; } = new Dictionary<string, long>();

    /// <summary>Product quality per segment id (0–10).</summary>
    public IReadOnlyDictionary<string, double> ProductQuality { get; init; } = new Dictionary<string, double>();

    /// <summary>Opening DV per channel id (listing channels; e-commerce and direct are 1).</summary>
    public IReadOnlyDictionary<string, double> Distribution { get; init; } = new Dictionary<string, double>();

    /// <summary>Decisions every firm starts from (the "previous decisions" of turn 1); null = reference decisions.</summary>
    public FirmDecisions? Decisions { get; init; }
}
