using NrcGame.Grains.Games;

namespace NrcGame.Grains.Standings;

/// <summary>
/// The standings of one game (keyed by the game id): it owns the ranking of every resolved turn with each
/// team's per-criterion breakdown and catch-up bonus. Recording a turn again replaces it with the same result (the ranking
/// depends only on the turn's scores and the previous turn), so a resolution retried after a crash is safe.
/// </summary>
public interface IStandingsGrain : Games.IErasableGrain
{
    /// <summary>
    /// Ranks the base-scored rows of <paramref name="turn"/> (catch-up bonus from the previous turn, then rank
    /// on the total), stores them in place of any earlier ranking of that turn, and returns them best first.
    /// </summary>
    Task<IReadOnlyList<StandingRow>> Record(int turn, IReadOnlyList<StandingRow> scored, CatchUpRule catchUp);

    /// <summary>Forgets the rankings of <paramref name="turn"/> and later (the teacher rolled the turn back).</summary>
    Task RollBack(int turn);

    /// <summary>The ranking after each resolved turn, oldest first (public to every member of the game).</summary>
    Task<IReadOnlyList<IReadOnlyList<StandingRow>>> GetHistory();
}
