using NrcGame.Grains.Distributors;
using NrcGame.Grains.Firms;
using NrcGame.Grains.Games;
using NrcGame.Grains.SalesTeams;
using NrcGame.Grains.Segments;
using NrcGame.Market;

namespace NrcGame.Grains.Tests;

/// <summary>What the sales-team, distributor and segment grains work out from their parts, checked by hand.</summary>
[Collection(ClusterCollection.Name)]
public sealed class PartViewsTests(ClusterFixture fixture)
{
    private static string Json(object value) => System.Text.Json.JsonSerializer.Serialize(value, SerializationConfiguration.MarketJson);

    private async Task<(string GameId, MarketScenario Scenario, IReadOnlyList<FirmTurnResult> Results)> TwoTurnsPlayed()
    {
        var scenario = ScenarioFactory.Standard() with { Outlook = [1.0, 0.9] };
        var game = fixture.Client.GetGrain<IGameGrain>($"g-{Guid.NewGuid():N}");
        await game.Create(new GameSetup("Vues", "standard", "Marché standard", scenario, ["A", "B", "C", "D"], 99));
        await game.Start(null);
        var firm = fixture.Client.GetGrain<IFirmGrain>(FirmKey.Of(game.GetPrimaryKeyString(), "f1"));
        var decisions = (await firm.GetDecisions())!.Decisions;
        var trained = decisions with
        {
            Staffing = decisions.Staffing with { TrainingDaysPerRep = 3, Hires = [new HireOrder(RepStatus.FieldRep, 1)] },
            Allocation = decisions.Allocation with { PerRep = new Dictionary<string, IReadOnlyList<TimeAllocation>> { ["r1"] = [new TimeAllocation(scenario.Territories[0].Id, "HYPER", 1.0)] } },
        };
        Assert.True((await game.SubmitDecisions("f1", 1, trained, "Camille")).IsAccepted);
        await game.CloseAndResolveTurn();
        await game.CloseAndResolveTurn();
        return (game.GetPrimaryKeyString(), scenario, await firm.GetResults());
    }

    [Fact]
    public async Task The_sales_team_view_lists_each_rep_with_tenure_skill_morale_and_territory_and_the_pipeline()
    {
        var (gameId, scenario, results) = await TwoTurnsPlayed();
        var team = fixture.Client.GetGrain<ISalesTeamGrain>(FirmKey.Of(gameId, "f1"));

        var view = (await team.GetView())!;
        var last = results[^1];
        Assert.Equal(2, view.Turn);
        Assert.Equal(last.NextState.Reps.Select(rep => (rep.Id, rep.Status, rep.TenureQuarters, rep.Motivation, rep.Satisfaction)),
            view.Reps.Select(rep => (rep.Id, rep.Status, rep.TenureQuarters, rep.Motivation, rep.Satisfaction)));
        var r2 = view.Reps.Single(rep => rep.Id == "r2");
        Assert.Equal(last.SalesTeam.Reps.Single(rep => rep.Id == "r2").Skill, r2.Skill);
        Assert.True(r2.Skill > 1, "three training days raised the skill above 1");
        Assert.Equal(last.NextState.PendingHires, view.Pipeline);
        Assert.Equal(last.SalesTeam.Coverage, view.Effort);
        Assert.Equal(last.SalesTeam.TalleyHeadcount, view.TalleyHeadcount);
        // Turn 2 carried turn 1's decisions over: r1 works only one territory in hypermarkets, the others the default split.
        Assert.Equal([new TimeAllocation(scenario.Territories[0].Id, "HYPER", 1.0)], view.Reps.Single(rep => rep.Id == "r1").Territories);
        Assert.True(r2.Territories.Count > 1);
        Assert.Equal(results[0].SalesTeam.Reps, await team.GetRepReports(1));
        Assert.Empty(await team.GetRepReports(3));
    }

    [Fact]
    public async Task A_distributor_earns_its_taux_de_marque_on_what_it_buys_and_a_firm_sees_its_own_line_per_turn()
    {
        var (gameId, scenario, results) = await TwoTurnsPlayed();
        var hyper = scenario.Channels.Single(channel => channel.Kind == ChannelKind.Hypermarket);
        var distributor = fixture.Client.GetGrain<IDistributorGrain>(DistributorKey.Of(gameId, hyper.Id));

        var view = (await distributor.GetView(2))!;
        Assert.Equal((hyper.Id, 0.25m), (view.ChannelId, view.MarginRate));
        var f1 = view.Firms.Single(firm => firm.Terms.FirmId == "f1");
        var sellIn = results[1].Sales.Cells.Where(cell => cell.Channel == hyper.Id).Sum(cell => cell.RevenueHt);
        Assert.True(sellIn > 0);
        // Taux de marque 25 % on the shelf price HT: the margin is a third of the purchase cost.
        Assert.Equal(Math.Round(sellIn / 3, 2), f1.Margin);
        Assert.Equal(view.Firms.Sum(firm => firm.Margin), view.Margin);
        Assert.Equal(["f1", "f2", "f3", "f4"], view.Firms.Select(firm => firm.Terms.FirmId));
        Assert.Null(await distributor.GetView(3));

        var history = await distributor.GetFirmHistory("f2");
        Assert.Equal(2, history.Count);
        Assert.All(history, line => Assert.Equal("f2", line.Terms.FirmId));
        Assert.Null(await fixture.Client.GetGrain<IDistributorGrain>(DistributorKey.Of(gameId, "DIRECT")).GetView(1));
    }

    [Fact]
    public async Task A_segment_works_out_its_potential_of_the_quarter_from_growth_seasonality_and_outlook()
    {
        var (gameId, scenario, results) = await TwoTurnsPlayed();
        var definition = scenario.Segments[0];
        var segment = (await fixture.Client.GetGrain<IMarketSegmentGrain>(SegmentKey.Of(gameId, definition.Id)).GetTurn(2))!;

        var quarter = (scenario.FirstQuarter - 1 + 1) % 4; // turn 2 is the quarter after the first
        foreach (var territory in scenario.Territories)
        {
            var byHand = definition.Potential[territory.Id] * (1 + definition.GrowthPerQuarter) * definition.Seasonality[quarter] * 0.9;
            Assert.Equal(byHand, segment.Potential[territory.Id], 9);
        }
        Assert.Equal(Json(definition), Json(segment.Definition));
        Assert.Equal(definition.Seasonality[quarter], segment.Outcome.News.Seasonality);
        Assert.Equal(results[1].Sales.Segments[0].VolumeShare, segment.Outcome.Firms.Single(firm => firm.FirmId == "f1").VolumeShare);
        Assert.Equal(1.0, segment.Outcome.Firms.Sum(firm => firm.VolumeShare), 9);
    }
}
