namespace NrcGame.Grains.Games;

/// <summary>
/// What changed in a game's public view when only its teams' line did (a team submitted or withdrew, a student joined,
/// came online, left or started editing): the teams alone, a few hundred bytes, instead of the whole view with its
/// standings. A browser applies it to the last view it received for the same open turn.
/// </summary>
/// <param name="GameId">The game.</param>
/// <param name="CurrentTurn">The open turn the teams' line is about.</param>
/// <param name="Teams">Every team's line, in seat order, as in <see cref="GameSummary.Teams"/>.</param>
[GenerateSerializer, Immutable]
public sealed record TeamsChange(
    [property: Id(0)] string GameId,
    [property: Id(1)] int CurrentTurn,
    [property: Id(2)] IReadOnlyList<TeamStatus> Teams);
