using System.Text.Json;
using NrcGame.Grains.Firms;
using NrcGame.Grains.Games;
using NrcGame.Market;
using NrcGame.Scenarios;

namespace NrcGame.Grains.Tests;

/// <summary>Teacher changes to the market between turns: from the next turn only, recorded, replay-safe.</summary>
[Collection(ClusterCollection.Name)]
public sealed class MarketChangeTests(ClusterFixture fixture)
{
    private static readonly EventCard Recession = new()
    {
        Id = "RECESSION",
        Headline = "Ralentissement économique",
        Concepts = ["S423"],
        Effects = [ParameterChange.Multiply("segments[*].potential[*]", 0.5)],
    };

    private async Task<IGameGrain> StartedGame()
    {
        var game = fixture.Client.GetGrain<IGameGrain>($"g-{Guid.NewGuid():N}");
        await game.Create(new GameSetup("Réglages", "standard", "Marché standard", ScenarioFactory.Standard(), ["A", "B", "C", "D"], 99, [Recession]));
        await game.Start(null);
        return game;
    }

    private IFirmGrain Firm(IGameGrain game, string firmId) => fixture.Client.GetGrain<IFirmGrain>(FirmKey.Of(game.GetPrimaryKeyString(), firmId));

    private static string Json(object value) => JsonSerializer.Serialize(value, SerializationConfiguration.MarketJson);

    [Fact]
    public async Task An_event_card_applies_from_the_next_turn_only_and_a_replayed_earlier_turn_is_unchanged()
    {
        var game = await StartedGame();
        var control = await StartedGame();
        await game.CloseAndResolveTurn();
        await control.CloseAndResolveTurn();
        var turnOne = Json(await Firm(game, "f1").GetResults());

        Assert.True((await game.PlayEventCard("RECESSION")).IsAccepted);
        var audit = Assert.Single(await game.GetAudit());
        Assert.Equal(2, audit.FromTurn);
        Assert.Contains("Ralentissement", audit.Description);
        Assert.Equal(turnOne, Json(await Firm(game, "f1").GetResults()));

        await game.CloseAndResolveTurn();
        await control.CloseAndResolveTurn();
        var shocked = (await Firm(game, "f1").GetResults())[1].Sales.UnitsSold;
        var normal = (await Firm(control, "f1").GetResults())[1].Sales.UnitsSold;
        Assert.True(shocked < normal, $"the recession halves potentials from turn 2: {shocked} units sold vs {normal} without it");

        // Replaying turn 2 keeps the recession; rolling back to turn 1 and replaying it does not get it.
        await game.RollBackLastTurn();
        await game.RollBackLastTurn();
        await game.CloseAndResolveTurn();
        Assert.Equal(turnOne, Json(await Firm(game, "f1").GetResults()));
        await game.CloseAndResolveTurn();
        Assert.Equal(shocked, (await Firm(game, "f1").GetResults())[1].Sales.UnitsSold);
    }

    [Fact]
    public async Task A_game_with_fewer_teams_than_the_scenario_plans_gets_a_proportionally_smaller_market_in_the_audit_log()
    {
        var game = fixture.Client.GetGrain<IGameGrain>($"g-{Guid.NewGuid():N}");
        var scenario = ScenarioFactory.Standard();
        await game.Create(new GameSetup("Petite classe", "standard", "Marché standard", scenario, ["A", "B"], 5));

        var sized = (await game.GetScenario())!;
        var original = scenario.Segments[0].Potential.First();
        Assert.Equal(original.Value * 2 / 4, sized.Segments[0].Potential[original.Key], 6);
        Assert.Contains("2 équipes", Assert.Single(await game.GetAudit()).Description);
    }

    [Fact]
    public async Task A_bad_parameter_change_is_refused_in_french_and_changes_nothing()
    {
        var game = await StartedGame();
        var before = Json((await game.GetScenario())!);

        var unknown = await game.ChangeParameters([ParameterChange.Set("segments[B2C_GP].nimporte", 3m)], "test");
        var outOfRange = await game.ChangeParameters([ParameterChange.Set("segments[B2C_GP].referencePrice", -5m)], "test");
        var noReason = await game.ChangeParameters([ParameterChange.Set("segments[B2C_GP].referencePrice", 25m)], " ");

        Assert.False(unknown.IsAccepted);
        Assert.False(outOfRange.IsAccepted);
        Assert.Contains(outOfRange.Errors, error => error.Message.Contains("-5"));
        Assert.Equal("reason", Assert.Single(noReason.Errors).Field);
        Assert.False((await game.PlayEventCard("INCONNUE")).IsAccepted);
        Assert.Empty(await game.GetAudit());
        Assert.Equal(before, Json((await game.GetScenario())!));

        Assert.True((await game.ChangeParameters([ParameterChange.Set("segments[B2C_GP].referencePrice", 25m)], "Hausse du prix de référence")).IsAccepted);
        Assert.Equal(25m, (await game.GetScenario())!.Segments.Single(segment => segment.Id == "B2C_GP").ReferencePrice);
    }
}
