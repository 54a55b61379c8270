using NrcGame.Grains.Games;

namespace NrcGame.Grains.Tournaments;

/// <summary>
/// The public view of a tournament: where each market stands and the global ranking of every team over the
/// markets' latest standings (<see cref="GlobalRanking"/>). Holds no secret and no firm's private figures.
/// </summary>
[GenerateSerializer, Immutable]
public sealed record TournamentLeaderboard(
    [property: Id(0)] string TournamentId,
    [property: Id(1)] string Title,
    [property: Id(2)] string ScenarioTitle,
    [property: Id(3)] IReadOnlyList<MarketProgress> Markets,
    [property: Id(4)] IReadOnlyList<GlobalStanding> Ranking)
{
    /// <summary>Same markets at the same moment and the same ranking.</summary>
    public bool Equals(TournamentLeaderboard? other) =>
        other is not null && TournamentId == other.TournamentId && Title == other.Title && ScenarioTitle == other.ScenarioTitle
        && Markets.SequenceEqual(other.Markets) && Ranking.SequenceEqual(other.Ranking);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(TournamentId, Markets.Count, Ranking.Count);
}

/// <summary>Where one market of a tournament stands.</summary>
/// <param name="GameId">The market's game.</param>
/// <param name="Number">Its number in the tournament (1-based).</param>
/// <param name="Title">Its game title.</param>
/// <param name="Status">Lobby, turn open, paused or finished.</param>
/// <param name="CurrentTurn">The open turn.</param>
/// <param name="TurnCount">Turns of the game.</param>
/// <param name="LastResolvedTurn">The turn its standings are from (0: none yet).</param>
[GenerateSerializer, Immutable]
public sealed record MarketProgress(
    [property: Id(0)] string GameId,
    [property: Id(1)] int Number,
    [property: Id(2)] string Title,
    [property: Id(3)] GameStatus Status,
    [property: Id(4)] int CurrentTurn,
    [property: Id(5)] int TurnCount,
    [property: Id(6)] int LastResolvedTurn);
