using NrcGame.Market;

namespace NrcGame.Grains.SalesTeams;

/// <summary>One rep of the team as it enters the next turn.</summary>
/// <param name="Id">Rep id (stable within the firm).</param>
/// <param name="Status">Contract.</param>
/// <param name="TenureQuarters">Completed quarters of tenure.</param>
/// <param name="Skill">Skill multiplier from training in the last turn; null for a rep who has not worked yet.</param>
/// <param name="Motivation">Motivation at the end of the last turn (0–1).</param>
/// <param name="Satisfaction">Satisfaction at the end of the last turn.</param>
/// <param name="Territories">The territories × channels the rep's time went to in the last turn.</param>
[GenerateSerializer, Immutable]
public sealed record RepView(
    [property: Id(0)] string Id,
    [property: Id(1)] RepStatus Status,
    [property: Id(2)] int TenureQuarters,
    [property: Id(3)] double? Skill,
    [property: Id(4)] double Motivation,
    [property: Id(5)] double Satisfaction,
    [property: Id(6)] IReadOnlyList<TimeAllocation> Territories);

/// <summary>The sales team after its last resolved turn: who is on it, who is coming, under which plan, with what effort.</summary>
/// <param name="Turn">The last resolved turn.</param>
/// <param name="Reps">Reps employed for the next turn.</param>
/// <param name="Pipeline">Reps hired who have not arrived yet.</param>
/// <param name="Plan">The remuneration plan of the last turn.</param>
/// <param name="Effort">Effective visits against the Talley workload per territory × channel in the last turn.</param>
/// <param name="TalleyHeadcount">Talley's theoretical headcount.</param>
[GenerateSerializer, Immutable]
public sealed record SalesTeamView(
    [property: Id(0)] int Turn,
    [property: Id(1)] IReadOnlyList<RepView> Reps,
    [property: Id(2)] IReadOnlyList<PendingHire> Pipeline,
    [property: Id(3)] RemunerationDecisions Plan,
    [property: Id(4)] IReadOnlyList<CoverageCell> Effort,
    [property: Id(5)] int TalleyHeadcount)
{
    /// <summary>The view after <paramref name="last"/>, the team's last resolved turn.</summary>
    public static SalesTeamView From(SalesTeamTurn last)
    {
        var reports = last.Report.Reps.ToDictionary(rep => rep.Id, StringComparer.Ordinal);
        var reps = last.Roster.Select(rep => new RepView(
            rep.Id, rep.Status, rep.TenureQuarters,
            reports.TryGetValue(rep.Id, out var report) ? report.Skill : null,
            rep.Motivation, rep.Satisfaction,
            last.Allocation.PerRep.TryGetValue(rep.Id, out var own) ? own : last.Allocation.Default)).ToList();
        return new SalesTeamView(last.Turn, reps, last.Pipeline, last.Plan, last.Report.Coverage, last.Report.TalleyHeadcount);
    }
}
