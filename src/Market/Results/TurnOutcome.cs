namespace NrcGame.Market;

/// <summary>The resolution of one quarter: each firm's private result and the public news.</summary>
/// <param name="Turn">Turn resolved.</param>
/// <param name="Firms">Result per firm id.</param>
/// <param name="News">Public news.</param>
public sealed record TurnOutcome(int Turn, IReadOnlyDictionary<string, FirmTurnResult> Firms, MarketNews News);
