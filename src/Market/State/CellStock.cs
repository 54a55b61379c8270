namespace NrcGame.Market;

/// <summary>A value carried per territory × channel: the salesforce stock S or the distribution DV.</summary>
/// <param name="Territory">Territory id.</param>
/// <param name="Channel">Channel id.</param>
/// <param name="Value">The value.</param>
public sealed record CellStock(string Territory, string Channel, double Value);
