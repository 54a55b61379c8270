using NrcGame.Bots;
using NrcGame.Grains.Firms;
using NrcGame.Grains.Games;
using NrcGame.Grains.Standings;
using NrcGame.Market;

namespace NrcGame.Grains.Tests;

/// <summary>Teacher-set weights, the published formula and breakdown, the standings grain, and bots filling seats.</summary>
[Collection(ClusterCollection.Name)]
public sealed class ScoreAndBotSeatTests(ClusterFixture fixture)
{
    private IGameGrain NewGame() => fixture.Client.GetGrain<IGameGrain>($"g-{Guid.NewGuid():N}");

    private static GameSetup Setup(IReadOnlyList<string> teams, IReadOnlyList<BotSeat>? bots = null, ScoringWeights? weights = null, CatchUpRule? catchUp = null) =>
        new("Score transparent", "standard", "Marché standard", ScenarioFactory.Standard(), teams, Seed: 7, Weights: weights, CatchUp: catchUp, Bots: bots);

    [Fact]
    public async Task Teacher_weights_score_the_game_and_each_row_breaks_down_into_weight_times_criterion()
    {
        var weights = new ScoringWeights { Profit = 0.10, ValueShare = 0.50, FinancialHealth = 0.20, CustomerQuality = 0.10, SocialClimate = 0.10 };
        var game = NewGame();
        Assert.True((await game.Create(Setup(["Alpha", "Bêta", "Gamma"], weights: weights))).Result.IsAccepted);
        await game.Start(null);
        Assert.True((await game.CloseAndResolveTurn()).IsAccepted);

        var summary = await game.GetSummary();
        var formula = summary.ScoreFormula!;
        Assert.Equal([0.10m, 0.50m, 0.20m, 0.10m, 0.10m], formula.Criteria.Select(criterion => criterion.Weight));
        Assert.Contains("50 × part de marché en valeur", formula.Text);
        var outcome = (await game.GetPlayedTurns()).Single().Outcome;
        foreach (var row in summary.Standings)
        {
            var engine = outcome.News.Standings.Single(standing => standing.FirmId == row.FirmId).Components;
            var expected = 100 * (0.10 * engine.Profit + 0.50 * engine.ValueShare + 0.20 * engine.FinancialHealth + 0.10 * engine.CustomerQuality + 0.10 * engine.SocialClimate);
            Assert.Equal(Math.Round((decimal)expected, 1), row.Score);
            Assert.Equal((decimal)Math.Round(100 * 0.50 * engine.ValueShare, 1), row.Breakdown!.Single(part => part.Id == "valueShare").Points);
            Assert.InRange(row.Breakdown!.Sum(part => part.Points) - row.Score, -0.3m, 0.3m);
        }
        Assert.Equal(summary.Standings, (await fixture.Client.GetGrain<IStandingsGrain>(game.GetPrimaryKeyString()).GetHistory()).Single());
    }

    [Fact]
    public async Task Weights_not_adding_up_to_100_or_out_of_range_are_refused_in_French_and_create_nothing()
    {
        var game = NewGame();
        var created = await game.Create(Setup(["Alpha", "Bêta"], weights: new ScoringWeights { Profit = 0.5, ValueShare = 0.3, FinancialHealth = 0.1, CustomerQuality = 0.1, SocialClimate = 0.1 },
            catchUp: new CatchUpRule(true, 2m)));
        Assert.False(created.Result.IsAccepted);
        Assert.Contains(created.Result.Errors, error => error.Field == "scoring" && error.Message.Contains("total fait 110 %"));
        Assert.Contains(created.Result.Errors, error => error.Field == "catchUp.rate" && error.Message.Contains("200 %"));

        var negative = await game.Create(Setup(["Alpha", "Bêta"], weights: new ScoringWeights { Profit = -0.05, ValueShare = 0.40 }));
        Assert.Contains(negative.Result.Errors, error => error.Field == "scoring.profit" && error.Message.Contains("Résultat net cumulé"));
        Assert.Equal(GameStatus.None, (await game.GetSummary()).Status);
    }

    [Fact]
    public async Task Bots_fill_the_seats_without_join_codes_and_submit_validated_decisions_when_the_turn_closes()
    {
        var game = NewGame();
        var created = await game.Create(Setup(["Alpha", "Bêta"], [new BotSeat(BotStrategy.Discounter), new BotSeat(BotStrategy.Discounter, BotDifficulty.Hard)]));
        Assert.True(created.Result.IsAccepted);
        Assert.Equal(["Alpha", "Bêta"], created.Teams.Select(team => team.Name));
        var summary = await game.GetSummary();
        Assert.Equal(["Alpha", "Bêta", "Robot Discounteur", "Robot Discounteur 2"], summary.Teams.Select(team => team.Name));

        await game.Start(null);
        Assert.True((await game.CloseAndResolveTurn()).IsAccepted);

        var gameId = game.GetPrimaryKeyString();
        var bot = await fixture.Client.GetGrain<IFirmGrain>(FirmKey.Of(gameId, "f3")).GetTurnRecords();
        var team = await fixture.Client.GetGrain<IFirmGrain>(FirmKey.Of(gameId, "f1")).GetTurnRecords();
        var market = ScenarioFactory.Standard();
        foreach (var segment in market.Segments)
            Assert.True(bot[0].Entry.Decisions.Pricing.ListPrice[segment.Id] < team[0].Entry.Decisions.Pricing.ListPrice[segment.Id]);
        Assert.Empty(DecisionRules.Validate(market, bot[0].Entry.Decisions));
        var rows = (await game.GetSummary()).Standings;
        Assert.True(rows.Single(row => row.FirmId == "f3").IsBot);
        Assert.False(rows.Single(row => row.FirmId == "f1").IsBot);
    }

    [Fact]
    public async Task Rolling_back_a_turn_removes_its_ranking_and_replaying_it_ranks_the_same()
    {
        var game = NewGame();
        await game.Create(Setup(["Alpha", "Bêta"], [new BotSeat(BotStrategy.PremiumBrand)], catchUp: new CatchUpRule(true, 0.5m)));
        await game.Start(null);
        await game.CloseAndResolveTurn();
        await game.CloseAndResolveTurn();
        var standings = fixture.Client.GetGrain<IStandingsGrain>(game.GetPrimaryKeyString());
        var before = await standings.GetHistory();

        Assert.True((await game.RollBackLastTurn()).IsAccepted);
        Assert.Single(await standings.GetHistory());
        await game.CloseAndResolveTurn();

        var after = await standings.GetHistory();
        Assert.Equal(2, after.Count);
        Assert.Equal(before[1], after[1]);
    }
}
