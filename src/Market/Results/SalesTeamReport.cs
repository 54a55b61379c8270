namespace NrcGame.Market;

/// <summary>The sales-team report: each rep, departures, vacancies and Talley's headcount (product.md).</summary>
public sealed record SalesTeamReport
{
    /// <summary>Each rep who worked this quarter (those dismissed at its start are listed with their severance).</summary>
    public IReadOnlyList<RepReport> Reps { get; init; } = [];

    /// <summary>Reps working this quarter.</summary>
    public int Headcount { get; init; }

    /// <summary>Reps who left (dismissed or quit).</summary>
    public int Departures { get; init; }

    /// <summary>Reps hired who have not arrived yet.</summary>
    public int Vacancies { get; init; }

    /// <summary>Talley's theoretical headcount: required visits / visits per full-time field rep, rounded up (§3.1, §7.1b).</summary>
    public int TalleyHeadcount { get; init; }

    /// <summary>Coverage per territory × channel.</summary>
    public IReadOnlyList<CoverageCell> Coverage { get; init; } = [];

    /// <summary>Overall coverage: effective visits / required visits.</summary>
    public double OverallCoverage { get; init; }

    /// <summary>Severance, agent indemnities and recruiting costs of the quarter.</summary>
    public decimal StaffingCosts { get; init; }
}
