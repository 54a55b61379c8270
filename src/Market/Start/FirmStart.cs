namespace NrcGame.Market;

/// <summary>A firm's state at turn 0 and the decisions it starts from.</summary>
/// <param name="State">State before turn 1.</param>
/// <param name="Decisions">Decisions kept if the team submits nothing for turn 1.</param>
public sealed record FirmStart(FirmState State, FirmDecisions Decisions);
