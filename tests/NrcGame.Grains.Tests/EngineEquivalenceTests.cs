using System.Text.Json;
using NrcGame.Grains.Distributors;
using NrcGame.Grains.Firms;
using NrcGame.Grains.Games;
using NrcGame.Grains.SalesTeams;
using NrcGame.Grains.Segments;
using NrcGame.Market;

namespace NrcGame.Grains.Tests;

/// <summary>
/// The grains add state, identity and fault tolerance, never arithmetic: a game played through
/// them gives exactly what the pure engine gives on the same inputs, whatever is unloaded or fails.
/// </summary>
[Collection(ClusterCollection.Name)]
public sealed class EngineEquivalenceTests(ClusterFixture fixture)
{
    private const ulong Seed = 20261128;
    private static readonly string[] Firms = ["f1", "f2", "f3", "f4"];

    /// <summary>Scripted decisions: each firm moves its price and advertising differently each turn.</summary>
    private static FirmDecisions Scripted(FirmDecisions previous, string firmId, int turn)
    {
        var index = Array.IndexOf(Firms, firmId);
        var factor = 1m + (index - 1.5m) * 0.04m * (turn % 3);
        return previous with
        {
            Pricing = previous.Pricing with { ListPrice = previous.Pricing.ListPrice.ToDictionary(p => p.Key, p => Math.Round(p.Value * factor, 2)) },
            Promotion = previous.Promotion with { Media = previous.Promotion.Media.ToDictionary(m => m.Key, m => Math.Round(m.Value * (1m + 0.1m * index), 2)) },
        };
    }

    /// <summary>The same six turns computed by the pure engine alone.</summary>
    private static List<TurnOutcome> PureRun(MarketScenario scenario, int turns)
    {
        var starts = ScenarioStart.InitialStates(scenario, Firms);
        var states = starts.ToDictionary(s => s.Key, s => s.Value.State);
        var decisions = starts.ToDictionary(s => s.Key, s => s.Value.Decisions);
        var outcomes = new List<TurnOutcome>();
        for (var turn = 1; turn <= turns; turn++)
        {
            // Between quarters the one-off orders lapse, as in the grains (NextQuarterDecisions).
            if (turn > 1) foreach (var firmId in Firms) decisions[firmId] = NextQuarterDecisions.From(decisions[firmId], states[firmId]);
            foreach (var firmId in Firms.Where(f => f != "f4")) decisions[firmId] = Scripted(decisions[firmId], firmId, turn);
            var outcome = TurnResolver.Resolve(new TurnInput(scenario, turn, Seed, Firms.ToDictionary(f => f, f => new FirmTurnInput(states[f], decisions[f]))));
            outcomes.Add(outcome);
            foreach (var firmId in Firms) states[firmId] = outcome.Firms[firmId].NextState;
        }
        return outcomes;
    }

    private async Task<IGameGrain> GrainRun(MarketScenario scenario, int turns, Func<IGameGrain, int, Task> betweenTurns)
    {
        var game = fixture.Client.GetGrain<IGameGrain>($"g-{Guid.NewGuid():N}");
        await game.Create(new GameSetup("Équivalence", "standard", "Marché standard", scenario, ["A", "B", "C", "D"], Seed));
        await game.Start(null);
        for (var turn = 1; turn <= turns; turn++)
        {
            // f4 never submits: its previous decisions are carried over, as in the pure run.
            foreach (var firmId in Firms.Where(f => f != "f4"))
            {
                var current = (await Firm(game, firmId).GetDecisions())!.Decisions;
                Assert.True((await game.SubmitDecisions(firmId, turn, Scripted(current, firmId, turn), "script")).IsAccepted);
            }
            await betweenTurns(game, turn);
        }
        return game;
    }

    private IFirmGrain Firm(IGameGrain game, string firmId) => fixture.Client.GetGrain<IFirmGrain>(FirmKey.Of(game.GetPrimaryKeyString(), firmId));

    private async Task AssertSameAsPure(IGameGrain game, List<TurnOutcome> pure)
    {
        foreach (var firmId in Firms)
        {
            var results = await Firm(game, firmId).GetResults();
            Assert.Equal(pure.Count, results.Count);
            for (var turn = 0; turn < pure.Count; turn++)
                Assert.True(Json(pure[turn].Firms[firmId]) == Json(results[turn]), $"{firmId} differs from the pure engine at turn {turn + 1}");
        }
    }

    private ISalesTeamGrain SalesTeam(IGameGrain game, string firmId) => fixture.Client.GetGrain<ISalesTeamGrain>(FirmKey.Of(game.GetPrimaryKeyString(), firmId));

    private IDistributorGrain Distributor(IGameGrain game, string channelId) => fixture.Client.GetGrain<IDistributorGrain>(DistributorKey.Of(game.GetPrimaryKeyString(), channelId));

    private IMarketSegmentGrain Segment(IGameGrain game, string segmentId) => fixture.Client.GetGrain<IMarketSegmentGrain>(SegmentKey.Of(game.GetPrimaryKeyString(), segmentId));

    private static IEnumerable<ChannelDefinition> Intermediated(MarketScenario scenario) => scenario.Channels.Where(channel => channel.Kind != ChannelKind.Direct);

    /// <summary>Every grain holding a part of the game: firms, sales teams, distributors, segments.</summary>
    private IEnumerable<IGrain> PartHolders(IGameGrain game, MarketScenario scenario) =>
        Firms.Select(firmId => (IGrain)Firm(game, firmId))
            .Concat(Firms.Select(firmId => SalesTeam(game, firmId)))
            .Concat(Intermediated(scenario).Select(channel => Distributor(game, channel.Id)))
            .Concat(scenario.Segments.Select(segment => Segment(game, segment.Id)));

    private async Task Unload(IGameGrain game, MarketScenario scenario)
    {
        await fixture.Cluster.DeactivateAsync(game);
        foreach (var grain in PartHolders(game, scenario)) await fixture.Cluster.DeactivateAsync(grain);
    }

    /// <summary>
    /// Each sales team, distributor and segment holds exactly one entry per resolved turn, and what it
    /// holds is what the pure engine computed (read straight from the engine's results, not rebuilt).
    /// </summary>
    private async Task AssertPartsSameAsPure(IGameGrain game, MarketScenario scenario, List<TurnOutcome> pure)
    {
        var turns = Enumerable.Range(1, pure.Count).ToList();
        foreach (var firmId in Firms)
        {
            var team = await SalesTeam(game, firmId).GetTurns();
            Assert.Equal(turns, team.Select(entry => entry.Turn));
            foreach (var (entry, outcome) in team.Zip(pure))
            {
                var result = outcome.Firms[firmId];
                Assert.True(Json(result.SalesTeam) == Json(entry.Report), $"{firmId}'s sales-team report differs at turn {entry.Turn}");
                Assert.True(Json(result.NextState.Reps) == Json(entry.Roster), $"{firmId}'s reps differ at turn {entry.Turn}");
                Assert.True(Json(result.NextState.PendingHires) == Json(entry.Pipeline), $"{firmId}'s hiring pipeline differs at turn {entry.Turn}");
            }
        }
        foreach (var channel in Intermediated(scenario))
        {
            var distributor = await Distributor(game, channel.Id).GetTurns();
            Assert.Equal(turns, distributor.Select(entry => entry.Turn));
            foreach (var (entry, outcome) in distributor.Zip(pure))
            {
                Assert.Equal(Firms, entry.Firms.Select(terms => terms.FirmId));
                foreach (var terms in entry.Firms)
                {
                    var result = outcome.Firms[terms.FirmId];
                    var panel = result.Dashboard.Distribution.Single(cell => cell.Channel == channel.Id);
                    Assert.Equal((panel.Dn, panel.Dv), (terms.Dn, terms.Dv));
                    Assert.Equal(result.Sales.Cells.Where(cell => cell.Channel == channel.Id).Sum(cell => cell.RevenueHt), terms.SellInHt);
                    Assert.Equal(result.NextState.Distribution.Where(cell => cell.Channel == channel.Id), terms.Listing);
                }
            }
        }
        foreach (var definition in scenario.Segments)
        {
            var segment = await Segment(game, definition.Id).GetTurns();
            Assert.Equal(turns, segment.Select(entry => entry.Turn));
            foreach (var (entry, outcome) in segment.Zip(pure))
            {
                Assert.Equal(outcome.News.Categories.Single(category => category.Segment == definition.Id), entry.Outcome.News);
                var cells = outcome.Firms["f1"].Sales.Cells.Where(cell => cell.Segment == definition.Id).ToList();
                Assert.Equal(cells.Select(cell => (cell.Territory, cell.Channel, cell.CategoryDemand)), entry.Outcome.Cells.Select(cell => (cell.Territory, cell.Channel, cell.CategoryDemand)));
                foreach (var share in entry.Outcome.Firms)
                {
                    var sales = outcome.Firms[share.FirmId].Sales.Segments.Single(candidate => candidate.Segment == definition.Id);
                    Assert.Equal((sales.UnitsSold, sales.RevenueHt, sales.VolumeShare, sales.ValueShare), (share.UnitsSold, share.RevenueHt, share.VolumeShare, share.ValueShare));
                }
            }
        }
    }

    private static string Json(object value) => JsonSerializer.Serialize(value, SerializationConfiguration.MarketJson);

    [Fact]
    public async Task Six_turns_through_grains_equal_the_pure_engine_even_when_every_grain_is_unloaded_between_turns()
    {
        var scenario = ScenarioFactory.Standard();
        var pure = PureRun(scenario, 6);

        var plain = await GrainRun(scenario, 6, (game, _) => game.CloseAndResolveTurn());
        await AssertSameAsPure(plain, pure);
        await AssertPartsSameAsPure(plain, scenario, pure);

        var unloaded = await GrainRun(scenario, 6, async (game, _) =>
        {
            await Unload(game, scenario);
            Assert.True((await game.CloseAndResolveTurn()).IsAccepted);
            await Unload(game, scenario);
        });
        await AssertSameAsPure(unloaded, pure);
        await AssertPartsSameAsPure(unloaded, scenario, pure);
    }

    [Fact]
    public async Task A_fault_in_the_middle_of_a_resolution_then_a_retry_stores_exactly_the_fault_free_result_once()
    {
        var scenario = ScenarioFactory.Standard();
        var pure = PureRun(scenario, 3);

        var game = await GrainRun(scenario, 3, async (game, turn) =>
        {
            if (turn == 2)
            {
                FaultInjection.FailNextCalls<IFirmGrain>(FirmKey.Of(game.GetPrimaryKeyString(), "f3"), nameof(IFirmGrain.ApplyResult), ClusterFixture.ResolutionAttempts);
                var refused = await game.CloseAndResolveTurn();
                Assert.Contains("relancez « Résoudre le trimestre »", refused.Errors.Single(error => error.Field == "status").Message);
                // The standings were stored and announced while the firms applied the turn (the outcome is fixed by then);
                // the game says the turn is not stored everywhere yet.
                var summary = await game.GetSummary();
                Assert.Equal((2, 2), (summary.LastResolvedTurn, summary.UnfinishedResolution));
                // Firms apply side by side: the others stored turn 2, the faulty one did not.
                Assert.Equal(2, (await Firm(game, "f1").GetResults()).Count);
                Assert.Equal(2, (await Firm(game, "f4").GetResults()).Count);
                Assert.Single(await Firm(game, "f3").GetResults());
            }
            Assert.True((await game.CloseAndResolveTurn()).IsAccepted);
        });

        Assert.Equal(3, (await game.GetSummary()).LastResolvedTurn);
        await AssertSameAsPure(game, pure);
        await AssertPartsSameAsPure(game, scenario, pure);
    }

    [Fact]
    public async Task A_firm_that_fails_once_while_storing_a_turn_is_asked_again_and_the_resolve_succeeds_with_the_fault_free_result()
    {
        var scenario = ScenarioFactory.Standard();
        var pure = PureRun(scenario, 3);

        var game = await GrainRun(scenario, 3, async (game, turn) =>
        {
            // As a firm whose silo is lost in a cluster: its first call fails, the game tries again after a pause.
            if (turn == 2) FaultInjection.FailNextCalls<IFirmGrain>(FirmKey.Of(game.GetPrimaryKeyString(), "f3"), nameof(IFirmGrain.ApplyResult));
            Assert.True((await game.CloseAndResolveTurn()).IsAccepted);
            var summary = await game.GetSummary();
            Assert.Equal((turn, (int?)null), (summary.LastResolvedTurn, summary.UnfinishedResolution));
            Assert.Equal(turn, (await Firm(game, "f3").GetResults()).Count);
        });

        await AssertSameAsPure(game, pure);
        await AssertPartsSameAsPure(game, scenario, pure);
    }

    [Theory]
    [InlineData("sales team")]
    [InlineData("distributor")]
    [InlineData("segment")]
    public async Task A_fault_while_handing_out_the_parts_of_a_turn_then_a_retry_stores_each_part_once_equal_to_the_fault_free_run(string holder)
    {
        var scenario = ScenarioFactory.Standard();
        var pure = PureRun(scenario, 3);

        var game = await GrainRun(scenario, 3, async (game, turn) =>
        {
            if (turn == 2)
            {
                var gameId = game.GetPrimaryKeyString();
                const int attempts = ClusterFixture.ResolutionAttempts;
                switch (holder)
                {
                    case "sales team":
                        FaultInjection.FailNextCalls<ISalesTeamGrain>(FirmKey.Of(gameId, "f2"), nameof(ISalesTeamGrain.RecordTurn), attempts);
                        break;
                    case "distributor":
                        FaultInjection.FailNextCalls<IDistributorGrain>(DistributorKey.Of(gameId, Intermediated(scenario).First().Id), nameof(IDistributorGrain.RecordTurn), attempts);
                        break;
                    default:
                        FaultInjection.FailNextCalls<IMarketSegmentGrain>(SegmentKey.Of(gameId, scenario.Segments[^1].Id), nameof(IMarketSegmentGrain.RecordTurn), attempts);
                        break;
                }
                Assert.False((await game.CloseAndResolveTurn()).IsAccepted);
                // The class was told the turn's standings once stored, while the parts were stored; but the resolution is
                // not over for the game until every part is: its outcome is kept, and a late submission is refused in
                // French instead of reaching a firm that has moved on.
                Assert.Equal((2, 3), ((await game.GetSummary()).LastResolvedTurn, (await game.GetSummary()).CurrentTurn));
                var late = await game.SubmitDecisions("f1", 2, (await Firm(game, "f1").GetDecisions())!.Decisions, "retardataire");
                Assert.Contains("en cours de résolution", late.Errors.Single(error => error.Field == "turn").Message);
                // The silo loses the game in between: its next activation finishes the same outcome.
                await Unload(game, scenario);
                Assert.Equal(2, (await game.GetSummary()).LastResolvedTurn);
                return;
            }
            Assert.True((await game.CloseAndResolveTurn()).IsAccepted);
        });

        Assert.Equal(3, (await game.GetSummary()).LastResolvedTurn);
        await AssertSameAsPure(game, pure);
        await AssertPartsSameAsPure(game, scenario, pure);
    }

    [Fact]
    public async Task A_fault_while_rolling_back_then_a_retry_removes_the_turn_once_everywhere_and_the_replay_equals_the_pure_engine()
    {
        var scenario = ScenarioFactory.Standard();
        var pure = PureRun(scenario, 3);
        var game = await GrainRun(scenario, 3, (game, _) => game.CloseAndResolveTurn());
        var proximity = Intermediated(scenario).Skip(1).First().Id;

        FaultInjection.FailNextCalls<IDistributorGrain>(DistributorKey.Of(game.GetPrimaryKeyString(), proximity), nameof(IDistributorGrain.ForgetFrom));
        await Assert.ThrowsAnyAsync<Exception>(() => game.RollBackLastTurn());
        Assert.True((await game.RollBackLastTurn()).IsAccepted);

        Assert.Equal((2, 3), ((await game.GetSummary()).LastResolvedTurn, (await game.GetSummary()).CurrentTurn));
        Assert.Equal([1, 2], (await Distributor(game, proximity).GetTurns()).Select(entry => entry.Turn));
        Assert.Equal([1, 2], (await SalesTeam(game, "f4").GetTurns()).Select(entry => entry.Turn));
        Assert.Equal(2, (await Firm(game, "f4").GetResults()).Count);
        Assert.True((await game.CloseAndResolveTurn()).IsAccepted);
        await AssertSameAsPure(game, pure);
        await AssertPartsSameAsPure(game, scenario, pure);
    }

    [Fact]
    public async Task A_roll_back_removes_the_turn_from_every_part_holder_and_the_replay_stores_the_same_parts_again()
    {
        var scenario = ScenarioFactory.Standard();
        var pure = PureRun(scenario, 2);
        var game = await GrainRun(scenario, 2, (game, _) => game.CloseAndResolveTurn());
        var before = Json(await SalesTeam(game, "f1").GetTurns()) + Json(await Distributor(game, Intermediated(scenario).First().Id).GetTurns()) + Json(await Segment(game, scenario.Segments[0].Id).GetTurns());

        Assert.True((await game.RollBackLastTurn()).IsAccepted);
        Assert.Equal([1], (await SalesTeam(game, "f3").GetTurns()).Select(entry => entry.Turn));
        Assert.Equal([1], (await Distributor(game, Intermediated(scenario).Last().Id).GetTurns()).Select(entry => entry.Turn));
        Assert.Null(await Segment(game, scenario.Segments[0].Id).GetTurn(2));

        Assert.True((await game.CloseAndResolveTurn()).IsAccepted);
        Assert.Equal(before, Json(await SalesTeam(game, "f1").GetTurns()) + Json(await Distributor(game, Intermediated(scenario).First().Id).GetTurns()) + Json(await Segment(game, scenario.Segments[0].Id).GetTurns()));
        await AssertPartsSameAsPure(game, scenario, pure);
    }
}
