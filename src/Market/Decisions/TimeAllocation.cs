namespace NrcGame.Market;

/// <summary>Share x_j,k,c of a rep's selling time spent in one territory × channel (market-model.md §8.1).</summary>
/// <param name="Territory">Territory id.</param>
/// <param name="Channel">Channel id.</param>
/// <param name="Share">Share of time (0–1); a rep's shares sum to at most 1.</param>
public sealed record TimeAllocation(string Territory, string Channel, double Share);
