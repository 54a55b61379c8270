using Microsoft.Extensions.Logging;

namespace NrcGame.Grains.Games;

/// <summary>
/// The steps of one turn's resolution, in order, as the game grain logs them (category
/// <c>NrcGame.Grains.Games.GameGrain</c>, level Information): an administrator reading the log after
/// a crash sees how far the resolution went, and the next activation finishes it from there.
/// </summary>
public enum ResolutionStep
{
    /// <summary>The turn is closed and the firms' entries are being collected.</summary>
    Started,

    /// <summary>The market engine has computed the outcome (nothing stored yet).</summary>
    EngineDone,

    /// <summary>The entries resolved are stored in the game as pending: from here on this outcome is applied (computed again from them after a crash, the same).</summary>
    PendingStored,

    /// <summary>
    /// The next turn is open in memory and the observers (every browser) have been told it with the turn's standings,
    /// while the firms, parts and standings grain store theirs (each answers reads only after its write).
    /// </summary>
    Announced,

    /// <summary>Every firm, sales team, distributor and market segment has stored its part, and the standings grain the ranking.</summary>
    PartsStored,

    /// <summary>The game has stored the closed turn, opened the next one and cleared the pending outcome.</summary>
    TurnClosed,
}

/// <summary>The log line of each <see cref="ResolutionStep"/>.</summary>
internal static partial class ResolutionStepLog
{
    /// <summary>Logs « Resolution of turn T of game G: Step ».</summary>
    [LoggerMessage(Level = LogLevel.Information, Message = "Resolution of turn {Turn} of game {GameId}: {Step}")]
    public static partial void ResolutionStepReached(this ILogger logger, int turn, string gameId, ResolutionStep step);

    /// <summary>Logs that storing turn T failed and is tried again after a pause.</summary>
    [LoggerMessage(Level = LogLevel.Warning, Message = "Resolution of turn {Turn} of game {GameId}: storing failed (attempt {Attempt}), trying again in {Delay}")]
    public static partial void ResolutionStoreRetried(this ILogger logger, int turn, string gameId, int attempt, TimeSpan delay, Exception failure);

    /// <summary>Logs that turn T is announced but not stored everywhere: the teacher's next resolve finishes it.</summary>
    [LoggerMessage(Level = LogLevel.Error, Message = "Resolution of turn {Turn} of game {GameId}: announced but not stored everywhere after the retries; the next resolve finishes it")]
    public static partial void ResolutionLeftUnfinished(this ILogger logger, int turn, string gameId, Exception failure);
}
