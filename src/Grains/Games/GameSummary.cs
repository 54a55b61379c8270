namespace NrcGame.Grains.Games;

/// <summary>
/// The public view of a game: what every member and the projector may see, including the
/// countdown (<paramref name="Deadline"/> while running, <paramref name="RemainingWhenPaused"/> while paused) and the news
/// (<paramref name="News"/>: the event cards played, latest first). It never holds a
/// firm's private decisions or detailed accounts. <paramref name="UnfinishedResolution"/> is the turn whose resolution
/// is announced but not yet stored everywhere (a server did not answer): resolving again finishes it.
/// </summary>
[GenerateSerializer, Immutable]
public sealed record GameSummary(
    [property: Id(0)] string GameId,
    [property: Id(1)] string Title,
    [property: Id(2)] string ScenarioTitle,
    [property: Id(3)] GameStatus Status,
    [property: Id(4)] int CurrentTurn,
    [property: Id(5)] int TurnCount,
    [property: Id(6)] IReadOnlyList<TeamStatus> Teams,
    [property: Id(7)] IReadOnlyList<StandingRow> Standings,
    [property: Id(8)] int LastResolvedTurn,
    [property: Id(9)] DateTimeOffset? Deadline,
    [property: Id(10)] TimeSpan? RemainingWhenPaused,
    [property: Id(11)] TimeSpan? TurnDuration,
    [property: Id(12)] Standings.ScoreFormula? ScoreFormula = null,
    [property: Id(13)] IReadOnlyList<Announcement>? News = null,
    [property: Id(14)] int? UnfinishedResolution = null);

/// <summary>
/// One team as the class sees it during a turn: who joined (<paramref name="Members"/>), who has the game
/// open right now (<paramref name="Online"/>), and who last edited the team's draft of the open turn.
/// </summary>
[GenerateSerializer, Immutable]
public sealed record TeamStatus(
    [property: Id(0)] string FirmId,
    [property: Id(1)] string Name,
    [property: Id(2)] bool HasSubmitted,
    [property: Id(3)] IReadOnlyList<string> Members,
    [property: Id(4)] IReadOnlyList<string>? Online = null,
    [property: Id(5)] string? DraftEditedBy = null);

/// <summary>
/// One line of the standings after a resolved turn. <paramref name="Score"/> is the total: the
/// <paramref name="Breakdown"/> points plus the <paramref name="CatchUpBonus"/>.
/// </summary>
[GenerateSerializer, Immutable]
public sealed record StandingRow(
    [property: Id(0)] int Rank,
    [property: Id(1)] string FirmId,
    [property: Id(2)] string Name,
    [property: Id(3)] decimal Score,
    [property: Id(4)] decimal Revenue,
    [property: Id(5)] decimal NetProfit,
    [property: Id(6)] decimal ValueShare,
    [property: Id(7)] IReadOnlyList<Standings.CriterionScore>? Breakdown = null,
    [property: Id(8)] decimal CatchUpBonus = 0m,
    [property: Id(9)] bool IsBot = false)
{
    /// <summary>The weighted score before the catch-up bonus.</summary>
    public decimal BaseScore => Score - CatchUpBonus;

    /// <summary>Value equality, the breakdown compared criterion by criterion.</summary>
    public bool Equals(StandingRow? other) =>
        other is not null && Rank == other.Rank && FirmId == other.FirmId && Name == other.Name && Score == other.Score
        && Revenue == other.Revenue && NetProfit == other.NetProfit && ValueShare == other.ValueShare
        && CatchUpBonus == other.CatchUpBonus && IsBot == other.IsBot
        && (Breakdown ?? []).SequenceEqual(other.Breakdown ?? []);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Rank, FirmId, Score, CatchUpBonus, IsBot);
}
