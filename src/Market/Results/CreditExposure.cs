namespace NrcGame.Market;

/// <summary>Client credit exposure of one class at the end of the quarter (market-model.md §6.3).</summary>
/// <param name="CreditClass">Class id.</param>
/// <param name="Outstanding">Receivables TTC still to collect.</param>
/// <param name="DefaultProbability">PD_g(T) per quarter at the current terms.</param>
/// <param name="ExpectedLoss">PD × LGD × exposure HT (the provision).</param>
/// <param name="WrittenOff">Actual write-offs of the quarter (TTC).</param>
public sealed record CreditExposure(string CreditClass, decimal Outstanding, double DefaultProbability, decimal ExpectedLoss, decimal WrittenOff);
