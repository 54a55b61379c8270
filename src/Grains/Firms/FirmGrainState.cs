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

    /// <summary>Decisions that will be resolved for the open turn.</summary>
    [Id(5)] public FirmDecisions? Decisions { get; set; }

    /// <summary>Whether <see cref="Decisions"/> were submitted for the open turn (else carried over).</summary>
    [Id(6)] public bool Submitted { get; set; }

    /// <summary>Every submission, oldest first.</summary>
    [Id(7)] public List<DecisionRecord> History { get; set; } = [];

    /// <summary>Results per resolved turn, oldest first.</summary>
    [Id(8)] public List<FirmTurnResult> Results { get; set; } = [];
}
