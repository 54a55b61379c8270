namespace NrcGame.Market;

/// <summary>Weights of the composite score (market-model.md §8.2 step 17; teacher-configurable, Σ = 1).</summary>
public sealed record ScoringWeights
{
    /// <summary>Cumulative net profit, rank-normalised (35 %).</summary>
    public double Profit { get; init; } = 0.35;

    /// <summary>Value market share (20 %).</summary>
    public double ValueShare { get; init; } = 0.20;

    /// <summary>Financial health: cash, BFR in days, solvency (15 %).</summary>
    public double FinancialHealth { get; init; } = 0.15;

    /// <summary>Customer and credit quality: service level, bad-debt rate (15 %).</summary>
    public double CustomerQuality { get; init; } = 0.15;

    /// <summary>Social climate: turnover, motivation, fairness (15 %).</summary>
    public double SocialClimate { get; init; } = 0.15;
}
