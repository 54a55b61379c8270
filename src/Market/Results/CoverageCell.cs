namespace NrcGame.Market;

/// <summary>Talley workload against the firm's effort in one territory × channel (market-model.md §3.1).</summary>
/// <param name="Territory">Territory id.</param>
/// <param name="Channel">Channel id.</param>
/// <param name="RequiredVisits">W: accounts × recommended calls.</param>
/// <param name="EffectiveVisits">E: effective visits of the firm's reps.</param>
/// <param name="Coverage">CR = E / W.</param>
/// <param name="SalesforceStock">S after this quarter.</param>
public sealed record CoverageCell(string Territory, string Channel, double RequiredVisits, double EffectiveVisits, double Coverage, double SalesforceStock);
