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
}
