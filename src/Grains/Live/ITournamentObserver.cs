using NrcGame.Grains.Tournaments;

namespace NrcGame.Grains.Live;

/// <summary>
/// Receives a tournament's live leaderboard. Each web front-end subscribes one observer per tournament its
/// browsers watch and forwards what it receives to the SignalR group of that tournament.
/// </summary>
public interface ITournamentObserver : IGrainObserver
{
    /// <summary>The global ranking or a market's turn changed.</summary>
    /// <param name="leaderboard">The new public leaderboard.</param>
    [OneWay]
    Task OnLeaderboardChanged(TournamentLeaderboard leaderboard);
}
