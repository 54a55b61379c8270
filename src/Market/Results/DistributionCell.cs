namespace NrcGame.Market;

/// <summary>DN/DV of a firm in one channel (market-model.md §5.1), averaged over territories by potential.</summary>
/// <param name="Channel">Channel id.</param>
/// <param name="Dn">Distribution numérique (0–1).</param>
/// <param name="Dv">Distribution valeur (0–1).</param>
public sealed record DistributionCell(string Channel, double Dn, double Dv);
