using NrcGame.Grains.Games;

namespace NrcGame.Grains.Standings;

/// <summary>
/// The standings of one game (keyed by the game id): it keeps the ranking of every resolved turn with each
/// team's per-criterion breakdown and catch-up bonus, as the game ranked it (<see cref="StandingsTable.Ranked"/>: the
/// turn's scores and the previous turn's ranking alone decide it). Recording a turn again replaces it, so a resolution
/// retried after a crash is safe.
/// </summary>
public interface IStandingsGrain : Games.IErasableGrain
{
    /// <summary>Stores <paramref name="ranked"/> (best first) as the ranking of <paramref name="turn"/>, in place of any earlier ranking of that turn and later.</summary>
    Task Record(int turn, IReadOnlyList<StandingRow> ranked);

    /// <summary>Forgets the rankings of <paramref name="turn"/> and later (the teacher rolled the turn back).</summary>
    Task RollBack(int turn);

    /// <summary>The ranking after each resolved turn, oldest first (public to every member of the game).</summary>
    Task<IReadOnlyList<IReadOnlyList<StandingRow>>> GetHistory();
}
