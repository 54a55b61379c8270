namespace NrcGame.Market;

/// <summary>Family 4 — territory and portfolio allocation (product.md; market-model.md §3.1, §8.2 step 3).</summary>
public sealed record AllocationDecisions
{
    /// <summary>Time split of every rep without an explicit allocation (including new hires).</summary>
    public IReadOnlyList<TimeAllocation> Default { get; init; } = [];

    /// <summary>Explicit time split per rep id.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<TimeAllocation>> PerRep { get; init; } =
        new Dictionary<string, IReadOnlyList<TimeAllocation>>();

    /// <summary>Share of visits spent prospecting rather than on fidélisation (0–1; 0.5 is neutral).</summary>
    public double ProspectionShare { get; init; } = 0.5;
}
