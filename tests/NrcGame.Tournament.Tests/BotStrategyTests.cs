using NrcGame.Bots;
using NrcGame.Market;

namespace NrcGame.Tournament.Tests;

/// <summary>Each bot strategy behaves as src/Bots/README.md says, in every shipped scenario, at every difficulty.</summary>
public sealed class BotStrategyTests
{
    private const int Turns = 6;

    private static readonly BotStrategy[] Strategies = Enum.GetValues<BotStrategy>();

    public static TheoryData<string, BotDifficulty> ScenariosAndDifficulties()
    {
        var data = new TheoryData<string, BotDifficulty>();
        foreach (var id in ShippedScenarios.Ids())
            foreach (var difficulty in Enum.GetValues<BotDifficulty>()) data.Add(id, difficulty);
        return data;
    }

    private static (MarketScenario Market, List<BotTurn> Turns, Dictionary<BotStrategy, string> Firm) PlayAll(string scenario, BotDifficulty difficulty)
    {
        var market = ShippedScenarios.Market(scenario);
        var turns = BotMarket.Play(market, Strategies.Select(strategy => (strategy, difficulty)).ToList(), Turns, seed: 2026);
        return (market, turns, Strategies.Select((strategy, index) => (strategy, $"f{index + 1}")).ToDictionary(pair => pair.strategy, pair => pair.Item2));
    }

    [Theory]
    [MemberData(nameof(ScenariosAndDifficulties))]
    public void The_discounter_lists_the_lowest_price_and_the_premium_brand_the_highest_in_every_segment_every_turn(string scenario, BotDifficulty difficulty)
    {
        var (market, turns, firm) = PlayAll(scenario, difficulty);
        foreach (var turn in turns)
            foreach (var segment in market.Segments)
            {
                var prices = turn.Decisions.ToDictionary(pair => pair.Key, pair => pair.Value.Pricing.ListPrice[segment.Id]);
                var others = prices.Where(pair => pair.Key != firm[BotStrategy.Discounter]).Select(pair => pair.Value);
                Assert.True(prices[firm[BotStrategy.Discounter]] < others.Min(), $"turn {turn.Turn} {segment.Id}: discounter {prices[firm[BotStrategy.Discounter]]} vs {others.Min()}");
                var belowPremium = prices.Where(pair => pair.Key != firm[BotStrategy.PremiumBrand]).Select(pair => pair.Value);
                Assert.True(prices[firm[BotStrategy.PremiumBrand]] > belowPremium.Max(), $"turn {turn.Turn} {segment.Id}: premium {prices[firm[BotStrategy.PremiumBrand]]} vs {belowPremium.Max()}");
            }
    }

    [Theory]
    [MemberData(nameof(ScenariosAndDifficulties))]
    public void The_premium_brand_spends_the_most_on_media_and_sponsorship_and_the_distributor_bot_the_most_on_trade(string scenario, BotDifficulty difficulty)
    {
        var (market, turns, firm) = PlayAll(scenario, difficulty);
        foreach (var turn in turns)
        {
            var image = turn.Decisions.ToDictionary(pair => pair.Key, pair => pair.Value.Promotion.Media.Values.Sum() + pair.Value.Promotion.Sponsorship.Values.Sum());
            // A bot cuts its promotion to a quarter while short of cash (README): the comparison holds between firms above their cash reserve.
            var solvent = turn.Entering.Where(pair => !BotPlayer.ShortOfCash(market, pair.Value)).Select(pair => pair.Key).ToHashSet();
            image = image.Where(pair => solvent.Contains(pair.Key)).ToDictionary();
            if (solvent.Contains(firm[BotStrategy.PremiumBrand]) && image.Values.Any(spend => spend > 0))
                Assert.Equal(firm[BotStrategy.PremiumBrand], image.MaxBy(pair => pair.Value).Key);
            var trade = turn.Decisions.Where(pair => solvent.Contains(pair.Key))
                .ToDictionary(pair => pair.Key, pair => pair.Value.Promotion.Trade.Values.Sum(channel => channel.DisplaySpend + 1_000_000m * channel.CooperationRate));
            if (solvent.Contains(firm[BotStrategy.DistributorFocused]) && market.Channels.Any(channel => channel.ReferenceTradeSpend > 0 || channel.NeedsListing))
                Assert.Equal(firm[BotStrategy.DistributorFocused], trade.MaxBy(pair => pair.Value).Key);
        }
    }

    [Theory]
    [MemberData(nameof(ScenariosAndDifficulties))]
    public void The_distributor_bot_gives_listed_channels_the_largest_share_of_selling_time(string scenario, BotDifficulty difficulty)
    {
        var (market, turns, firm) = PlayAll(scenario, difficulty);
        var listed = market.Channels.Where(channel => channel.NeedsListing).Select(channel => channel.Id).ToHashSet();
        var visited = ScenarioStart.ReferenceAllocation(market).Select(part => part.Channel).ToHashSet();
        if (!listed.Overlaps(visited) || visited.IsSubsetOf(listed)) return; // no trade-off to make in this market
        foreach (var turn in turns)
        {
            var listedTime = turn.Decisions.ToDictionary(pair => pair.Key, pair => pair.Value.Allocation.Default.Where(part => listed.Contains(part.Channel)).Sum(part => part.Share));
            Assert.Equal(firm[BotStrategy.DistributorFocused], listedTime.MaxBy(pair => pair.Value).Key);
        }
    }

    [Theory]
    [MemberData(nameof(ScenariosAndDifficulties))]
    public void The_sales_force_bot_fields_the_largest_team_once_its_hires_arrive(string scenario, BotDifficulty difficulty)
    {
        var (market, turns, firm) = PlayAll(scenario, difficulty);
        if (market.Start.Reps.Sum(group => group.Count) < 2) return; // ×1.5 of a team under 2 is no larger team
        var last = turns[^1].Outcome.Firms;
        var teams = last.ToDictionary(pair => pair.Key, pair => pair.Value.NextState.Reps.Count + pair.Value.NextState.PendingHires.Count);
        Assert.Equal(firm[BotStrategy.SalesForceHeavy], teams.MaxBy(pair => pair.Value).Key);
        Assert.True(teams[firm[BotStrategy.SalesForceHeavy]] > teams.Where(pair => pair.Key != firm[BotStrategy.SalesForceHeavy]).Max(pair => pair.Value));
    }

    [Theory]
    [MemberData(nameof(ScenariosAndDifficulties))]
    public void The_follower_prices_within_its_band_around_the_reference_and_follows_the_market_average(string scenario, BotDifficulty difficulty)
    {
        var (market, turns, firm) = PlayAll(scenario, difficulty);
        var noise = (decimal)DifficultyTraits.Of(difficulty).PriceNoise;
        foreach (var turn in turns)
            foreach (var segment in market.Segments)
            {
                var ratio = turn.Decisions[firm[BotStrategy.BalancedFollower]].Pricing.ListPrice[segment.Id] / segment.ReferencePrice;
                Assert.InRange(ratio, BotProfile.FollowerFloor * (1 - noise) - 0.001m, BotProfile.FollowerCeiling * (1 + noise) + 0.001m);
            }
    }

    [Fact]
    public void The_same_situation_gives_the_same_decisions_and_another_seed_other_noise()
    {
        var market = ShippedScenarios.Market("marche-standard");
        var bots = Strategies.Select(strategy => (strategy, BotDifficulty.Easy)).ToList();
        var once = BotMarket.Play(market, bots, 3, seed: 11);
        var again = BotMarket.Play(market, bots, 3, seed: 11);
        var other = BotMarket.Play(market, bots, 3, seed: 12);
        string Prices(List<BotTurn> turns) => string.Join(";", turns.SelectMany(turn => turn.Decisions.Values.SelectMany(decisions => decisions.Pricing.ListPrice.Values)));
        Assert.Equal(Prices(once), Prices(again));
        Assert.NotEqual(Prices(once), Prices(other));
    }
}
