namespace NrcGame.Market;

/// <summary>A rep hired but not yet arrived (vacancy lead time, market-model.md §3.3).</summary>
/// <param name="Id">Id the rep will have.</param>
/// <param name="Status">Contract.</param>
/// <param name="ArrivalTurn">First turn in which the rep works.</param>
public sealed record PendingHire(string Id, RepStatus Status, int ArrivalTurn);
