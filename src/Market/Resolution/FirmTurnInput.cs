namespace NrcGame.Market;

/// <summary>One firm's state at the start of the quarter and its decisions for it.</summary>
/// <param name="State">Carried-over state (turn 0: <see cref="ScenarioStart.InitialStates"/>).</param>
/// <param name="Decisions">Decisions of the quarter (already validated by <see cref="DecisionRules.Validate"/>).</param>
public sealed record FirmTurnInput(FirmState State, FirmDecisions Decisions);
