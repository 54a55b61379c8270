using System.Text.Json.Serialization;
using NrcGame.Market;
using NrcGame.Scenarios;

namespace NrcGame.Grains.Games;

/// <summary>Persisted state of <see cref="GameGrain"/>.</summary>
[GenerateSerializer]
public sealed class GameGrainState
{
    /// <summary>Name of the game shown to the class.</summary>
    [Id(0)] public string Title { get; set; } = "";

    /// <summary>The scenario file the market comes from.</summary>
    [Id(1)] public string ScenarioId { get; set; } = "";

    /// <summary>The scenario's title.</summary>
    [Id(2)] public string ScenarioTitle { get; set; } = "";

    /// <summary>
    /// The market as created and every teacher change with the turn it applies from; null until the
    /// game is created. The market of a turn is <c>History.ScenarioAt(turn)</c>, so that replaying a
    /// past turn uses the parameters that were in force then.
    /// </summary>
    [Id(3)] public ScenarioHistory? History { get; set; }

    /// <summary>SHA-256 of the teacher key (the key itself is never stored).</summary>
    [Id(4)] public string TeacherKeyHash { get; set; } = "";

    /// <summary>The firms in seat order.</summary>
    [Id(5)] public List<FirmSeat> Firms { get; set; } = [];

    /// <summary>Where the game stands.</summary>
    [Id(6)] public GameStatus Status { get; set; } = GameStatus.None;

    /// <summary>The open turn (1-based); after the last turn, the number of turns + 1.</summary>
    [Id(7)] public int CurrentTurn { get; set; }

    /// <summary>Seed of all random draws.</summary>
    [Id(8)] public ulong Seed { get; set; }

    /// <summary>
    /// Where the firms that submitted decisions for the open turn were kept before they moved to a row of their own
    /// (<see cref="SubmittedTeams"/>). Read only to move them there when the game activates; null (and not written) afterwards.
    /// </summary>
    [Id(9), JsonPropertyName("submittedFirms"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public HashSet<string>? FormerSubmittedFirms { get; set; }

    /// <summary>Standings after each resolved turn, oldest first (the last one is shown).</summary>
    [Id(10)] public List<List<StandingRow>> StandingsByTurn { get; set; } = [];

    /// <summary>
    /// A resolution computed and stored but not yet applied to every firm, sales team, distributor
    /// and market segment. Set before the first of them is told its part, cleared once all are: after
    /// a crash or a failed call in between, the game finishes applying exactly this outcome (on the
    /// next close or activation); every receiver keeps one entry per turn, so nothing is lost or doubled.
    /// </summary>
    [Id(11)] public PendingResolution? Pending { get; set; }

    /// <summary>Public market news per resolved turn, oldest first.</summary>
    [Id(12)] public List<MarketNews> News { get; set; } = [];

    /// <summary>The countdown of the open turn (timed mode).</summary>
    [Id(13)] public TurnClock Clock { get; set; } = new();

    /// <summary>
    /// A roll-back of this turn decided but not yet applied to every firm; finished on the next
    /// activation after a crash, like <see cref="Pending"/>.
    /// </summary>
    [Id(14)] public int? PendingRollBack { get; set; }

    /// <summary>Countdown every turn opens with (timed mode); null in manual mode.</summary>
    [Id(15)] public TimeSpan? TurnDuration { get; set; }

    /// <summary>Hash of each firm's current join code, to revoke it when the teacher issues a new one.</summary>
    [Id(16)] public Dictionary<string, string> JoinCodeHashes { get; set; } = [];

    /// <summary>Display names of the students who joined each firm, in order of arrival.</summary>
    [Id(17)] public Dictionary<string, List<string>> Members { get; set; } = [];

    /// <summary>The event cards the teacher may play.</summary>
    [Id(18)] public List<EventCard> EventCards { get; set; } = [];

    /// <summary>What the teacher changed in the market, when and why (shown in the debrief).</summary>
    [Id(19)] public List<AuditEntry> Audit { get; set; } = [];

    /// <summary>The catch-up rule declared at creation (off by default).</summary>
    [Id(20)] public Standings.CatchUpRule CatchUp { get; set; } = Standings.CatchUpRule.Off;

    /// <summary>The event cards played, oldest first: the class's news.</summary>
    [Id(21)] public List<Announcement> Announcements { get; set; } = [];
}

/// <summary>A firm's seat in a game: a team's, or a bot's when <paramref name="Bot"/> is set.</summary>
[GenerateSerializer, Immutable]
public sealed record FirmSeat([property: Id(0)] string FirmId, [property: Id(1)] string Name, [property: Id(2)] BotSeat? Bot = null);

/// <summary>
/// A resolved turn awaiting application to the firms: the entries it was resolved from. With the game's seed and the
/// market in force at <paramref name="Turn"/> (which cannot change while a resolution is pending) they determine the
/// outcome, the engine being pure; so the outcome, several times their size, is not stored but computed again when a
/// crash left the resolution unfinished. (Rows written before this stored it too, under <c>outcome</c>: ignored on read.)
/// </summary>
[GenerateSerializer, Immutable]
public sealed record PendingResolution(
    [property: Id(0)] int Turn,
    [property: Id(2)] IReadOnlyDictionary<string, Firms.FirmTurnEntry> Entries);

/// <summary>One teacher change to the market: when, from which turn it applies, what and why.</summary>
[GenerateSerializer, Immutable]
public sealed record AuditEntry(
    [property: Id(0)] DateTimeOffset At,
    [property: Id(1)] int FromTurn,
    [property: Id(2)] string Description,
    [property: Id(3)] IReadOnlyList<string> Changes);

/// <summary>A resolved turn: the engine's input and its outcome.</summary>
[GenerateSerializer, Immutable]
public sealed record PlayedTurn([property: Id(0)] TurnInput Input, [property: Id(1)] TurnOutcome Outcome);
