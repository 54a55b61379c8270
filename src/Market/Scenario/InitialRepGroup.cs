namespace NrcGame.Market;

/// <summary>Reps every firm has at the start of the game.</summary>
/// <param name="Status">Contract.</param>
/// <param name="Count">How many.</param>
/// <param name="TenureQuarters">Their tenure in quarters.</param>
public sealed record InitialRepGroup(RepStatus Status, int Count, int TenureQuarters);
