namespace NrcGame.Market;

/// <summary>Family 2 — recruitment and team make-up (product.md; market-model.md §3.3).</summary>
public sealed record StaffingDecisions
{
    /// <summary>Hires by contract.</summary>
    public IReadOnlyList<HireOrder> Hires { get; init; } = [];

    /// <summary>Ids of reps dismissed (CDI/VRP) or whose contract is ended (agents) at the start of the quarter.</summary>
    public IReadOnlyList<string> Dismissals { get; init; } = [];

    /// <summary>Training days per rep this quarter (0–10); each day is a day not spent visiting.</summary>
    public double TrainingDaysPerRep { get; init; }
}
