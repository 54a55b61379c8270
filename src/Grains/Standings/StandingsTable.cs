using NrcGame.Grains.Games;
using NrcGame.Market;

namespace NrcGame.Grains.Standings;

/// <summary>
/// Turns the engine's scores of a resolved turn into the public standings table: the per-criterion
/// breakdown, the declared catch-up bonus, and the ranking on the total. Pure.
/// </summary>
public static class StandingsTable
{
    /// <summary>One row per firm with its base score and breakdown, before the catch-up bonus and the ranking (rank 0).</summary>
    /// <param name="outcome">The resolved turn.</param>
    /// <param name="seats">The firms of the game (names, bots).</param>
    /// <param name="weights">The weights the engine scored with.</param>
    public static List<StandingRow> Scored(TurnOutcome outcome, IReadOnlyList<FirmSeat> seats, ScoringWeights weights) =>
        outcome.News.Standings.Select(standing =>
        {
            var seat = seats.First(candidate => candidate.FirmId == standing.FirmId);
            var firm = outcome.Firms[standing.FirmId];
            return new StandingRow(
                0, standing.FirmId, seat.Name, Math.Round((decimal)standing.Score, 1),
                firm.Sales.RevenueHt,
                firm.Statements.Income.NetResult,
                Math.Round((decimal)firm.Sales.ValueShare, 4),
                Breakdown(standing.Components, weights), 0m, seat.Bot is not null);
        }).ToList();

    /// <summary>
    /// Adds the catch-up bonus earned since <paramref name="previous"/> (the standings of the turn before, empty
    /// before the first) to each base-scored row, then ranks on the total: best first, equal totals share a
    /// rank and are listed by firm id.
    /// </summary>
    public static List<StandingRow> Ranked(IReadOnlyList<StandingRow> scored, IReadOnlyList<StandingRow> previous, CatchUpRule catchUp)
    {
        var before = previous.ToDictionary(row => row.FirmId);
        var lowerHalf = LowerHalf(previous);
        var rows = scored.Select(row =>
        {
            var bonus = before.TryGetValue(row.FirmId, out var last) ? last.CatchUpBonus : 0m;
            if (catchUp.Enabled && last is not null && lowerHalf.Contains(row.FirmId))
                bonus = Math.Min(CatchUpRule.MaxBonus, bonus + Math.Round(catchUp.Rate * Math.Max(0m, row.BaseScore - last.BaseScore), 1));
            return row with { Score = row.BaseScore + bonus, CatchUpBonus = bonus };
        }).ToList();
        return rows.OrderByDescending(row => row.Score).ThenBy(row => row.FirmId, StringComparer.Ordinal)
            .Select(row => row with { Rank = 1 + rows.Count(other => other.Score > row.Score) })
            .ToList();
    }

    /// <summary>Each criterion's value and points: 100 × weight × value, rounded to 0.1.</summary>
    public static List<CriterionScore> Breakdown(ScoreComponents components, ScoringWeights weights) =>
        ScoreCriteria.All.Select(criterion => new CriterionScore(
            criterion.Id,
            Math.Round((decimal)criterion.Value(components), 3),
            Math.Round((decimal)(100 * criterion.Weight(weights) * criterion.Value(components)), 1))).ToList();

    /// <summary>Firms ranked strictly below the median of <paramref name="rows"/> (the lower half; none when empty).</summary>
    public static HashSet<string> LowerHalf(IReadOnlyList<StandingRow> rows) =>
        rows.OrderByDescending(row => row.Score).ThenBy(row => row.FirmId, StringComparer.Ordinal)
            .Skip((rows.Count + 1) / 2).Select(row => row.FirmId).ToHashSet();
}
