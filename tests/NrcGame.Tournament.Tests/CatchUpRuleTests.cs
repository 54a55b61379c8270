using NrcGame.Grains.Games;
using NrcGame.Grains.Standings;

namespace NrcGame.Tournament.Tests;

/// <summary>The declared catch-up rule and the ranking, on hand-made standings.</summary>
public sealed class CatchUpRuleTests
{
    private static StandingRow Row(string firm, decimal score, decimal bonus = 0m) => new(0, firm, firm, score, 0m, 0m, 0m, [], bonus);

    private static readonly StandingRow[] Previous = [Row("a", 70m), Row("b", 60m), Row("c", 40m), Row("d", 30m, bonus: 2m)];

    [Fact]
    public void Off_by_default_the_total_is_the_base_score_and_ties_share_a_rank()
    {
        var ranked = StandingsTable.Ranked([Row("a", 50m), Row("b", 60m), Row("c", 50m)], Previous, CatchUpRule.Off);
        Assert.Equal(["b", "a", "c"], ranked.Select(row => row.FirmId));
        Assert.Equal([1, 2, 2], ranked.Select(row => row.Rank));
        Assert.All(ranked, row => Assert.Equal(0m, row.CatchUpBonus));
    }

    [Fact]
    public void The_lower_half_earns_the_declared_share_of_its_progress_and_bonuses_add_up_to_the_cap()
    {
        var rule = new CatchUpRule(true, 0.5m);
        // c (40 → 50) and d (30 + 2 bonus → 36) were in the lower half; a and b progress too but earn nothing; d's regression costs nothing.
        var ranked = StandingsTable.Ranked([Row("a", 75m), Row("b", 70m), Row("c", 50m), Row("d", 28m)], Previous, rule);
        var byFirm = ranked.ToDictionary(row => row.FirmId);
        Assert.Equal(0m, byFirm["a"].CatchUpBonus);
        Assert.Equal(0m, byFirm["b"].CatchUpBonus);
        Assert.Equal(5m, byFirm["c"].CatchUpBonus);
        Assert.Equal(55m, byFirm["c"].Score);
        Assert.Equal(50m, byFirm["c"].BaseScore);
        Assert.Equal(2m, byFirm["d"].CatchUpBonus);
        Assert.Equal(30m, byFirm["d"].Score);

        var capped = StandingsTable.Ranked([Row("a", 70m), Row("b", 60m), Row("c", 100m), Row("d", 30m)], Previous, rule);
        Assert.Equal(CatchUpRule.MaxBonus, capped.Single(row => row.FirmId == "c").CatchUpBonus);
    }

    [Fact]
    public void Weights_are_checked_in_French_naming_the_criterion()
    {
        var errors = ScoringRules.Check(new NrcGame.Market.ScoringWeights { Profit = 1.2, ValueShare = 0, FinancialHealth = 0, CustomerQuality = 0, SocialClimate = 0 }, null);
        Assert.Equal("scoring.profit", Assert.Single(errors).Field);
        Assert.Contains("Résultat net cumulé", errors[0].Message);
        Assert.Empty(ScoringRules.Check(new NrcGame.Market.ScoringWeights(), CatchUpRule.Off));
    }
}
