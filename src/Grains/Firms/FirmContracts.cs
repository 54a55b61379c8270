using NrcGame.Market;

namespace NrcGame.Grains.Firms;

/// <summary>What a firm starts a game with.</summary>
[GenerateSerializer, Immutable]
public sealed record FirmSeatSetup(
    [property: Id(0)] string GameId,
    [property: Id(1)] string FirmId,
    [property: Id(2)] string Name,
    [property: Id(3)] FirmState InitialState,
    [property: Id(4)] FirmDecisions InitialDecisions);

/// <summary>
/// The decisions of the open turn as a team sees them: submitted ones, or else those carried
/// over from the previous turn (which is what will be resolved if the team submits nothing).
/// </summary>
[GenerateSerializer, Immutable]
public sealed record FirmDecisionsView(
    [property: Id(0)] int Turn,
    [property: Id(1)] FirmDecisions Decisions,
    [property: Id(2)] bool Submitted,
    [property: Id(3)] string? SubmittedBy,
    [property: Id(4)] DateTimeOffset? SubmittedAt);

/// <summary>A firm's input to the resolution of a turn.</summary>
[GenerateSerializer, Immutable]
public sealed record FirmTurnEntry(
    [property: Id(0)] FirmState State,
    [property: Id(1)] FirmDecisions Decisions,
    [property: Id(2)] bool Submitted);

/// <summary>What a student did to the firm's decisions.</summary>
public enum DecisionAction
{
    /// <summary>Submitted decisions for the open turn.</summary>
    Submitted,

    /// <summary>Withdrew the submission of the open turn.</summary>
    Withdrawn,
}

/// <summary>One line of a firm's decision history: who did what, when, for which turn.</summary>
[GenerateSerializer, Immutable]
public sealed record DecisionRecord(
    [property: Id(0)] int Turn,
    [property: Id(1)] string Author,
    [property: Id(2)] DateTimeOffset At,
    [property: Id(3)] FirmDecisions Decisions,
    [property: Id(4)] DecisionAction Action);

/// <summary>Who submitted the decisions in force for the open turn, and when.</summary>
[GenerateSerializer, Immutable]
public sealed record SubmissionStamp(
    [property: Id(0)] string Author,
    [property: Id(1)] DateTimeOffset At)
{
    /// <summary>The stamp of the last submission of <paramref name="turn"/> in <paramref name="log"/> (oldest first); null when there is none.</summary>
    public static SubmissionStamp? LastOf(IEnumerable<DecisionRecord> log, int turn) =>
        log.LastOrDefault(record => record.Turn == turn && record.Action == DecisionAction.Submitted) is { } last
            ? new SubmissionStamp(last.Author, last.At)
            : null;
}

/// <summary>A resolved turn as the firm lived it: what it entered with, and what came out.</summary>
[GenerateSerializer, Immutable]
public sealed record FirmTurnRecord(
    [property: Id(0)] int Turn,
    [property: Id(1)] FirmTurnEntry Entry,
    [property: Id(2)] FirmTurnResult Result) : Games.ITurnKeyed;

/// <summary>The last turn a firm resolved and what it entered it with: enough to carry its decisions over and to undo it.</summary>
[GenerateSerializer, Immutable]
public sealed record ResolvedTurnEntry(
    [property: Id(0)] int Turn,
    [property: Id(1)] FirmTurnEntry Entry);
