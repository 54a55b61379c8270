namespace NrcGame.Debrief;

/// <summary>One resolved turn of a firm: the state it entered with, its decisions, and the engine's result.</summary>
/// <param name="Turn">Turn number (1-based).</param>
/// <param name="StartState">State carried into the turn.</param>
/// <param name="Decisions">Decisions resolved.</param>
/// <param name="Result">The engine's result for the firm.</param>
public sealed record TeamTurn(int Turn, FirmState StartState, FirmDecisions Decisions, FirmTurnResult Result);
