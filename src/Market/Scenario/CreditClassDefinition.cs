namespace NrcGame.Market;

/// <summary>A client credit class g (A–D) and its payment behaviour (market-model.md §6.3, §8.4).</summary>
/// <param name="Id">Identifier (A, B, C, D).</param>
/// <param name="PaymentDelayDays">δ_g, days paid late beyond the contractual term (5 / 10 / 20 / 35).</param>
/// <param name="DefaultProbability">PD_g^0 per quarter at terms ≤ 30 days (0.25 / 0.75 / 2 / 5 %).</param>
/// <param name="CostOfFunds">r_g, the client's annual cost of funds (6 / 10 / 18 / 30 %).</param>
public sealed record CreditClassDefinition(string Id, double PaymentDelayDays, double DefaultProbability, double CostOfFunds);
