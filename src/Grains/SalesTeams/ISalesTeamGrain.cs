using NrcGame.Market;

namespace NrcGame.Grains.SalesTeams;

/// <summary>
/// The sales team of one firm (keyed like the firm: <see cref="Firms.FirmKey"/>): its reps with
/// status, territory, tenure, skill, motivation and satisfaction, its hiring pipeline, its
/// remuneration plan and the effort it supplied per territory × channel, turn after turn.
/// The game grain hands it its part of each resolution; the team's students and the teacher read it.
/// Private to the firm and the teacher.
/// </summary>
public interface ISalesTeamGrain : Games.IErasableGrain
{
    /// <summary>
    /// Stores the team's part of a resolved turn. Receiving the same turn again (a retried
    /// resolution) overwrites it: there is never more than one entry per turn.
    /// </summary>
    Task RecordTurn(SalesTeamTurn turn);

    /// <summary>Forgets <paramref name="turn"/> and every later turn (the teacher rolled it back). Idempotent.</summary>
    Task ForgetFrom(int turn);

    /// <summary>Every resolved turn of the team, oldest first.</summary>
    Task<IReadOnlyList<SalesTeamTurn>> GetTurns();

    /// <summary>The team as it enters the open turn; null before the first resolution.</summary>
    Task<SalesTeamView?> GetView();

    /// <summary>The per-rep report of <paramref name="turn"/> (empty when the turn is not resolved).</summary>
    Task<IReadOnlyList<RepReport>> GetRepReports(int turn);
}
