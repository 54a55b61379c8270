using NrcGame.Grains.Games;

namespace NrcGame.Grains.Live;

/// <summary>
/// Receives a game's live updates. Each web front-end subscribes one observer per game its
/// browsers watch and forwards what it receives to the SignalR group of that game.
/// </summary>
public interface IGameObserver : IGrainObserver
{
    /// <summary>The public view of the game changed (turn state, submissions, standings).</summary>
    /// <param name="summary">The new public view.</param>
    [OneWay]
    Task OnGameChanged(GameSummary summary);

    /// <summary>Only the teams' line of the public view changed (submissions, members, who is online or editing).</summary>
    /// <param name="change">The game, its open turn and every team's line.</param>
    [OneWay]
    Task OnTeamsChanged(TeamsChange change);

    /// <summary>A field of a firm's draft changed; for that firm's browsers only (private).</summary>
    /// <param name="gameId">The game.</param>
    /// <param name="firmId">The firm whose draft changed.</param>
    /// <param name="change">The change.</param>
    [OneWay]
    Task OnDraftChanged(string gameId, string firmId, Firms.DraftChange change);
}
