using NrcGame.Grains.Firms;
using NrcGame.Grains.Games;
using NrcGame.Market;

namespace NrcGame.Grains.SalesTeams;

/// <summary>
/// A firm's sales team in one resolved turn: the plan it worked under (remuneration, staffing,
/// allocation), what the engine reported about each rep and the effort supplied per territory ×
/// channel, and the team carried into the next turn (reps and hiring pipeline).
/// </summary>
/// <param name="Turn">The turn resolved.</param>
/// <param name="Plan">The remuneration plan, stimulation and management style of the turn.</param>
/// <param name="Staffing">Hires, dismissals and training decided for the turn.</param>
/// <param name="Allocation">Time split of the reps across territories × channels.</param>
/// <param name="Report">The engine's sales-team report: each rep, departures, Talley, coverage (effort per territory × channel).</param>
/// <param name="Roster">Reps employed at the start of the next turn.</param>
/// <param name="Pipeline">Reps hired who have not arrived yet.</param>
[GenerateSerializer, Immutable]
public sealed record SalesTeamTurn(
    [property: Id(0)] int Turn,
    [property: Id(1)] RemunerationDecisions Plan,
    [property: Id(2)] StaffingDecisions Staffing,
    [property: Id(3)] AllocationDecisions Allocation,
    [property: Id(4)] SalesTeamReport Report,
    [property: Id(5)] IReadOnlyList<RepState> Roster,
    [property: Id(6)] IReadOnlyList<PendingHire> Pipeline) : ITurnKeyed
{
    /// <summary>The sales team's part of a firm's resolved turn.</summary>
    public static SalesTeamTurn From(int turn, FirmTurnEntry entry, FirmTurnResult result) => new(
        turn,
        entry.Decisions.Remuneration,
        entry.Decisions.Staffing,
        entry.Decisions.Allocation,
        result.SalesTeam,
        result.NextState.Reps,
        result.NextState.PendingHires);
}
