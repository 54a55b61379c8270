using NrcGame.Bots;
using NrcGame.Market;

namespace NrcGame.Tournament.Tests;

/// <summary>
/// A market of bots only, in each shipped scenario, runs 12 turns with no cessation de paiements (overdraft beyond
/// the authorised limit) and no absurd figure. « Absurd » is bounded explicitly against the reference firm's quarterly revenue R (its 1/N share of the
/// reference demand at reference net prices, turn 1): every figure finite; a firm's revenue between 0 and
/// the whole reference market × 3 (N × R × 3, room for growth and seasonal peaks); a quarterly net result
/// above −R (no firm loses more than a whole quarter of reference revenue); value and volume shares and
/// service level within 0–1; score within 0–100; the sales team at most 3 × the starting team + 20.
/// </summary>
public sealed class BotOnlyMarketTests
{
    private static readonly (BotStrategy, BotDifficulty)[] FirstMarket =
        [(BotStrategy.Discounter, BotDifficulty.Easy), (BotStrategy.PremiumBrand, BotDifficulty.Normal), (BotStrategy.SalesForceHeavy, BotDifficulty.Hard), (BotStrategy.BalancedFollower, BotDifficulty.Normal)];

    private static readonly (BotStrategy, BotDifficulty)[] SecondMarket =
        [(BotStrategy.DistributorFocused, BotDifficulty.Normal), (BotStrategy.BalancedFollower, BotDifficulty.Easy), (BotStrategy.Discounter, BotDifficulty.Hard), (BotStrategy.SalesForceHeavy, BotDifficulty.Easy)];

    public static TheoryData<string> Scenarios() => ShippedScenarios.Data();

    [Theory]
    [MemberData(nameof(Scenarios))]
    public void Twelve_turns_of_bots_stay_within_the_bounds_of_plausible_figures(string scenario)
    {
        var market = ShippedScenarios.Market(scenario);
        foreach (var bots in new[] { FirstMarket, SecondMarket })
        {
            var turns = BotMarket.Play(market, bots, 12, seed: 99);
            var reference = ScenarioStart.ReferenceDecisions(market, bots.Length);
            var referenceRevenue = market.Segments.Sum(segment => reference.Purchases[segment.Id] * segment.ReferencePrice);
            var startTeam = market.Start.Reps.Sum(group => group.Count);
            foreach (var turn in turns)
                foreach (var (firmId, result) in turn.Outcome.Firms)
                {
                    var where = $"{scenario}, turn {turn.Turn}, {firmId} ({bots[int.Parse(firmId[1..]) - 1].Item1})";
                    Assert.InRange(result.Sales.RevenueHt, 0m, bots.Length * referenceRevenue * 3);
                    Assert.False(result.Risk.CessationDePaiements, $"{where}: cessation de paiements, overdraft {result.Risk.Overdraft}");
                    Assert.True(result.Statements.Income.NetResult > -referenceRevenue, $"{where}: net result {result.Statements.Income.NetResult} below −{referenceRevenue}");
                    foreach (var ratio in new[] { result.Sales.ValueShare, result.Sales.VolumeShare, result.Sales.ServiceLevel })
                        Assert.True(double.IsFinite(ratio) && ratio is >= 0 and <= 1.000001, $"{where}: ratio {ratio}");
                    Assert.InRange(result.Score.Score, 0, 100);
                    Assert.InRange(result.NextState.Reps.Count + result.NextState.PendingHires.Count, 0, 3 * startTeam + 20);
                }
        }
    }
}
