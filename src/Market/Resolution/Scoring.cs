namespace NrcGame.Market;

/// <summary>
/// Step 17 of market-model.md §8.2: the composite score (teacher-set weights, default 35/20/15/15/15). Each
/// component is on 0–1: profit is the rank of cumulative net income (best 1, worst 0, ties averaged); value share
/// is share × N / 2 capped at 1; financial health averages no overdraft, BFR under 180 days and the equity ratio;
/// customer quality averages service level and 1 − 20 × bad-debt rate; social climate averages motivation,
/// satisfaction and 1 − 4 × turnover.
/// </summary>
public static class Scoring
{
    /// <summary>Score components for each firm, keyed as given.</summary>
    internal static Dictionary<string, ScoreComponents> Score(List<FirmOutcome> outcomes, MarketScenario scenario)
    {
        var count = outcomes.Count;
        var scores = new Dictionary<string, ScoreComponents>(StringComparer.Ordinal);
        foreach (var outcome in outcomes)
        {
            var result = outcome.Result;
            var profit = result.NextState.CumulativeNetIncome;
            var below = outcomes.Count(other => other.Result.NextState.CumulativeNetIncome < profit);
            var ties = outcomes.Count(other => other.Result.NextState.CumulativeNetIncome == profit) - 1;
            var balance = result.Statements.Balance;
            var equity = balance.Equity;
            var total = balance.TotalAssets;
            var components = new ScoreComponents
            {
                CumulativeNetIncome = profit,
                Profit = count > 1 ? (below + 0.5 * ties) / (count - 1) : 1,
                ValueShare = Math.Min(1, result.Sales.ValueShare * count / 2),
                FinancialHealth = (Math.Max(0, 1 - (double)(result.Risk.Overdraft / Math.Max(1m, scenario.Finance.OverdraftLimit)))
                                   + Math.Clamp(1 - result.Dashboard.WorkingCapitalDays / 180, 0, 1)
                                   + (total > 0 ? Math.Clamp((double)(equity / total), 0, 1) : 0)) / 3,
                CustomerQuality = (result.Sales.ServiceLevel + Math.Clamp(1 - 20 * result.Risk.BadDebtRate, 0, 1)) / 2,
                SocialClimate = (outcome.AverageMotivation + outcome.AverageSatisfaction + Math.Clamp(1 - 4 * result.Dashboard.Turnover, 0, 1)) / 3,
            };
            scores[result.FirmId] = components with { Score = Weighted(components, scenario.Scoring) };
        }
        return scores;
    }

    /// <summary>100 × Σ weight × component.</summary>
    public static double Weighted(ScoreComponents components, ScoringWeights weights) =>
        100 * (weights.Profit * components.Profit + weights.ValueShare * components.ValueShare + weights.FinancialHealth * components.FinancialHealth
               + weights.CustomerQuality * components.CustomerQuality + weights.SocialClimate * components.SocialClimate);

    /// <summary>Standings, best first; equal scores share a rank and are listed by firm id.</summary>
    internal static List<Standing> Standings(Dictionary<string, ScoreComponents> scores) =>
        scores.OrderByDescending(pair => pair.Value.Score).ThenBy(pair => pair.Key, StringComparer.Ordinal)
            .Select(pair => new Standing(pair.Key, 1 + scores.Values.Count(other => other.Score > pair.Value.Score), pair.Value.Score, pair.Value))
            .ToList();
}
