using System.Text.Json.Serialization;
using NrcGame.Market;

namespace NrcGame.Grains.Firms;

/// <summary>Persisted state of <see cref="FirmGrain"/>.</summary>
[GenerateSerializer]
public sealed class FirmGrainState
{
    /// <summary>The game this firm plays in; empty until initialized.</summary>
    [Id(0)] public string GameId { get; set; } = "";

    /// <summary>The firm's id within its game.</summary>
    [Id(1)] public string FirmId { get; set; } = "";

    /// <summary>The team's name.</summary>
    [Id(2)] public string Name { get; set; } = "";

    /// <summary>Market state carried into the open turn.</summary>
    [Id(3)] public FirmState? State { get; set; }

    /// <summary>The turn currently open for this firm (1-based).</summary>
    [Id(4)] public int OpenTurn { get; set; } = 1;

    /// <summary>The decisions submitted for the open turn; null when none (the carried-over ones apply).</summary>
    [Id(5)] public FirmDecisions? Submitted { get; set; }

    /// <summary>The scenario's starting decisions, carried over into turn 1.</summary>
    [Id(6)] public FirmDecisions? InitialDecisions { get; set; }

    /// <summary>Who submitted <see cref="Submitted"/>, and when; null when nothing is submitted.</summary>
    [Id(14)] public SubmissionStamp? SubmittedBy { get; set; }

    /// <summary>
    /// The former shape of the decision log: every submission and withdrawal inside this state, under <c>history</c>.
    /// Read only to move them to <see cref="IFirmDecisionLogGrain"/> when the firm activates (<see cref="FirmGrain"/>);
    /// null (and not written) afterwards.
    /// </summary>
    [Id(7), JsonPropertyName("history"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public List<DecisionRecord>? FormerHistory { get; set; }

    /// <summary>
    /// Resolved turns as firms stored them before the results moved to <see cref="IFirmResultsGrain"/>: a firm
    /// activating with some moves them there (<see cref="FirmGrain"/>), so this is empty otherwise.
    /// </summary>
    [Id(8)] public List<FirmTurnRecord> Turns { get; set; } = [];

    /// <summary>The team's shared draft for the open turn; starts from the decisions that apply.</summary>
    [Id(9)] public FirmDecisions? Draft { get; set; }

    /// <summary>Number of changes made to the draft of the open turn.</summary>
    [Id(10)] public int DraftVersion { get; set; }

    /// <summary>Who last changed each field of the draft.</summary>
    [Id(11)] public Dictionary<string, FieldStamp> DraftFields { get; set; } = [];

    /// <summary>Every version of the team's justifications and the teacher's annotations, oldest first.</summary>
    [Id(12)] public List<TurnNoteRecord> Notes { get; set; } = [];

    /// <summary>The last resolved turn and what the firm entered it with (its result is in <see cref="IFirmResultsGrain"/>); null before the first.</summary>
    [Id(13)] public ResolvedTurnEntry? LastResolved { get; set; }

    /// <summary>What applies to the open turn if the team submits nothing: the last resolved turn's standing decisions for the team it left (<see cref="State"/>; its one-off orders lapse).</summary>
    [JsonIgnore]
    public FirmDecisions? CarriedOver =>
        LastResolved is { } last && State is { } carried ? NextQuarterDecisions.From(last.Entry.Decisions, carried) : InitialDecisions;
}
