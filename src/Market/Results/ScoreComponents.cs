namespace NrcGame.Market;

/// <summary>
/// The five components of the composite score, each on 0–1 (market-model.md §8.2 step 17). Profit is
/// rank-normalised across firms; the others are absolute.
/// </summary>
public sealed record ScoreComponents
{
    /// <summary>Cumulative net income (€), the raw figure ranked for the profit component.</summary>
    public decimal CumulativeNetIncome { get; init; }

    /// <summary>Rank-normalised cumulative profit: 1 for the best, 0 for the worst, ties averaged.</summary>
    public double Profit { get; init; }

    /// <summary>Value share of the whole market ÷ the symmetric share (capped at 1 when ×2).</summary>
    public double ValueShare { get; init; }

    /// <summary>Financial health: no overdraft, BFR days, equity ratio.</summary>
    public double FinancialHealth { get; init; }

    /// <summary>Customer and credit quality: service level and bad-debt rate.</summary>
    public double CustomerQuality { get; init; }

    /// <summary>Social climate: motivation, satisfaction, low turnover.</summary>
    public double SocialClimate { get; init; }

    /// <summary>Weighted score (0–100).</summary>
    public double Score { get; init; }
}
