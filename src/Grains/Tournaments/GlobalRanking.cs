using NrcGame.Grains.Games;

namespace NrcGame.Grains.Tournaments;

/// <summary>A team of one market of a tournament, placed in the global ranking.</summary>
/// <param name="Rank">Global rank (1 = best; equal normalized scores share a rank).</param>
/// <param name="MarketId">The game (market) the team plays in.</param>
/// <param name="FirmId">The firm in that market.</param>
/// <param name="Name">The team's name.</param>
/// <param name="Score">Its composite score in its market (0–100).</param>
/// <param name="NormalizedScore">Its score normalized within its market: 50 + 10 × z (see <see cref="GlobalRanking"/>).</param>
/// <param name="IsBot">Whether the firm is a bot.</param>
/// <param name="MarketRank">Its rank within its own market.</param>
[GenerateSerializer, Immutable]
public sealed record GlobalStanding(
    [property: Id(0)] int Rank,
    [property: Id(1)] string MarketId,
    [property: Id(2)] string FirmId,
    [property: Id(3)] string Name,
    [property: Id(4)] decimal Score,
    [property: Id(5)] decimal NormalizedScore,
    [property: Id(6)] bool IsBot,
    [property: Id(7)] int MarketRank);

/// <summary>
/// The global ranking of a tournament: markets are independent games whose scores are not comparable as
/// they stand (a harsher market gives lower scores to everyone), so each team is placed by how far it stands
/// from the other teams of its own market. Normalization: z = (score − mean of the market) ÷ standard
/// deviation of the market (population), shown as a T-score 50 + 10 × z rounded to 0.1 — 50 is the average
/// team of its market, 60 one standard deviation above. A market where every team has the same score (or a
/// single team) gives everyone 50. Teams are then ranked on the T-score; equal T-scores share a rank and are
/// listed by raw score, then market and firm id. Pure.
/// </summary>
public static class GlobalRanking
{
    /// <summary>The global ranking of the latest standings of each market, keyed by market id.</summary>
    public static List<GlobalStanding> Of(IReadOnlyDictionary<string, IReadOnlyList<StandingRow>> markets)
    {
        var placed = markets.SelectMany(market => Normalized(market.Key, market.Value)).ToList();
        return placed
            .OrderByDescending(team => team.NormalizedScore).ThenByDescending(team => team.Score)
            .ThenBy(team => team.MarketId, StringComparer.Ordinal).ThenBy(team => team.FirmId, StringComparer.Ordinal)
            .Select(team => team with { Rank = 1 + placed.Count(other => other.NormalizedScore > team.NormalizedScore) })
            .ToList();
    }

    /// <summary>50 + 10 × z of each team within its market.</summary>
    public static IEnumerable<GlobalStanding> Normalized(string marketId, IReadOnlyList<StandingRow> rows)
    {
        if (rows.Count == 0) return [];
        var scores = rows.Select(row => (double)row.Score).ToList();
        var mean = scores.Average();
        var deviation = Math.Sqrt(scores.Average(score => (score - mean) * (score - mean)));
        return rows.Select(row => new GlobalStanding(0, marketId, row.FirmId, row.Name, row.Score,
            deviation < 1e-9 ? 50m : Math.Round((decimal)(50 + 10 * ((double)row.Score - mean) / deviation), 1), row.IsBot, row.Rank));
    }
}
