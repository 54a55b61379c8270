using NrcGame.Grains.Games;
using NrcGame.Grains.Live;

namespace NrcGame.Grains.Tournaments;

/// <summary>
/// A tournament: several markets (each an independent <see cref="IGameGrain"/>, game ids <c>{tournament}-1</c>,
/// <c>{tournament}-2</c>, … see <see cref="TournamentMarkets"/>) playing the same scenario with the same seed,
/// bots and scoring, and a global ranking that compares each team with the teams of its own market
/// (<see cref="GlobalRanking"/>). Keyed by the tournament id, which is public; the teacher key is the secret and
/// gives teacher rights on every market. Turns are run per market (the markets' own commands) or for all
/// markets at once (the commands below, which check every market first: a rejected command changes nothing).
/// </summary>
public interface ITournamentGrain : IGrainWithStringKey
{
    /// <summary>
    /// Creates the tournament and its markets, each in the lobby: a tournament teacher key, and per market a teacher
    /// key and one join code per team, returned in clear only here. Refused with a French message per field.
    /// </summary>
    Task<TournamentCreation> Create(TournamentSetup setup);

    /// <summary>True when <paramref name="teacherKey"/> is this tournament's teacher key.</summary>
    Task<bool> IsTeacherKey(string teacherKey);

    /// <summary>The public leaderboard (markets' progress and global ranking); null when no tournament has this id.</summary>
    Task<TournamentLeaderboard?> GetLeaderboard();

    /// <summary>Opens the first turn of every market (all must still be in the lobby), with a countdown when <paramref name="duration"/> is given.</summary>
    Task<CommandResult> StartAll(TimeSpan? duration);

    /// <summary>Puts the open turn of every market on hold (all must have a turn open).</summary>
    Task<CommandResult> PauseAll();

    /// <summary>Reopens the paused turn of every market (all must be paused).</summary>
    Task<CommandResult> ResumeAll();

    /// <summary>
    /// Closes and resolves the open (or paused) turn of every market (all must have one), then pushes the new
    /// leaderboard to the observers.
    /// </summary>
    Task<CommandResult> ResolveAll();

    /// <summary>A market's public view changed (called by the market's game); the leaderboard is pushed when it changed.</summary>
    [OneWay]
    Task MarketChanged(GameSummary summary);

    /// <summary>Subscribes a front-end's observer to the leaderboard; renew before it expires.</summary>
    Task Subscribe(ITournamentObserver observer);

    /// <summary>Stops sending the leaderboard to <paramref name="observer"/>.</summary>
    Task Unsubscribe(ITournamentObserver observer);
}
