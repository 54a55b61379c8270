using FsCheck.Xunit;
using NrcGame.Grains.Games;
using NrcGame.Grains.Tournaments;

namespace NrcGame.Tournament.Tests;

/// <summary>The tournament's normalization across markets, on hand-made score sets.</summary>
public sealed class GlobalRankingTests
{
    private static StandingRow Row(string firm, decimal score) => new(0, firm, firm, score, 0m, 0m, 0m);

    private static IReadOnlyList<StandingRow> Market(params decimal[] scores) => scores.Select((score, index) => Row($"f{index + 1}", score)).ToList();

    [Fact]
    public void A_team_is_placed_by_its_distance_to_its_own_market_not_by_its_raw_score()
    {
        // Market A is harsh (low scores), market B generous; A's leader is 2 deviations above its mean: 40 = 30 + 2 × 5.
        var ranking = GlobalRanking.Of(new Dictionary<string, IReadOnlyList<StandingRow>>
        {
            ["A"] = Market(40m, 30m, 25m, 25m),
            ["B"] = Market(80m, 78m, 72m, 70m),
        });
        var first = ranking[0];
        Assert.Equal(("A", "f1", 1), (first.MarketId, first.FirmId, first.Rank));
        // A: mean 30, σ = √((100 + 0 + 25 + 25) / 4) = √37.5 ≈ 6.124 → (40 − 30) / 6.124 = 1.633 → 66.3.
        Assert.Equal(66.3m, first.NormalizedScore);
        // B: mean 75, σ = √((25 + 9 + 9 + 25) / 4) = √17 ≈ 4.123 → B's leader (80 − 75) / 4.123 = 1.213 → 62.1, second.
        Assert.Equal(("B", "f1", 62.1m), (ranking[1].MarketId, ranking[1].FirmId, ranking[1].NormalizedScore));
        Assert.Equal(8, ranking.Count);
    }

    [Fact]
    public void A_market_of_equal_scores_puts_everyone_at_50_and_equal_normalized_scores_share_a_rank()
    {
        var ranking = GlobalRanking.Of(new Dictionary<string, IReadOnlyList<StandingRow>>
        {
            ["A"] = Market(55m, 55m, 55m),
            ["B"] = Market(60m, 40m),
        });
        Assert.All(ranking.Where(team => team.MarketId == "A"), team => Assert.Equal(50m, team.NormalizedScore));
        Assert.Equal([60m, 50m, 50m, 50m, 40m], ranking.Select(team => team.NormalizedScore));
        Assert.Equal([1, 2, 2, 2, 5], ranking.Select(team => team.Rank));
    }

    [Property]
    public void Shifting_or_scaling_a_market_changes_no_normalized_score(byte shift, byte scale)
    {
        var scores = new[] { 12m, 47m, 33m, 33m, 8m };
        var scaled = scores.Select(score => score * (scale % 5 + 1) + shift % 50).ToArray();
        var original = GlobalRanking.Normalized("m", Market(scores)).Select(team => team.NormalizedScore);
        var moved = GlobalRanking.Normalized("m", Market(scaled)).Select(team => team.NormalizedScore);
        Assert.Equal(original, moved);
    }

    [Property]
    public void Normalized_scores_of_a_market_average_50(byte first, byte[] others)
    {
        var teams = GlobalRanking.Normalized("m", Market([first % 101, .. others.Select(value => (decimal)(value % 101))])).ToList();
        Assert.InRange(teams.Average(team => team.NormalizedScore), 49.9m, 50.1m);
    }
}
