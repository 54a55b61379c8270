using System.Text.Json;
using NrcGame.Grains.Firms;
using NrcGame.Grains.Games;
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

    private static string Json(object value) => JsonSerializer.Serialize(value, SerializationConfiguration.MarketJson);

    [Fact]
    public async Task Six_turns_through_grains_equal_the_pure_engine_even_when_every_grain_is_unloaded_between_turns()
    {
        var scenario = ScenarioFactory.Standard();
        var pure = PureRun(scenario, 6);

        var plain = await GrainRun(scenario, 6, (game, _) => game.CloseAndResolveTurn());
        await AssertSameAsPure(plain, pure);

        var unloaded = await GrainRun(scenario, 6, async (game, _) =>
        {
            await fixture.Cluster.DeactivateAsync(game);
            foreach (var firmId in Firms) await fixture.Cluster.DeactivateAsync(Firm(game, firmId));
            Assert.True((await game.CloseAndResolveTurn()).IsAccepted);
            await fixture.Cluster.DeactivateAsync(game);
            foreach (var firmId in Firms) await fixture.Cluster.DeactivateAsync(Firm(game, firmId));
        });
        await AssertSameAsPure(unloaded, pure);
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
                FaultInjection.FailNextCall(FirmKey.Of(game.GetPrimaryKeyString(), "f3"), nameof(IFirmGrain.ApplyResult));
                await Assert.ThrowsAnyAsync<Exception>(() => game.CloseAndResolveTurn());
                Assert.Equal(1, (await game.GetSummary()).LastResolvedTurn);
                Assert.Equal(2, (await Firm(game, "f1").GetResults()).Count);
                Assert.Single(await Firm(game, "f4").GetResults());
            }
            Assert.True((await game.CloseAndResolveTurn()).IsAccepted);
        });

        Assert.Equal(3, (await game.GetSummary()).LastResolvedTurn);
        await AssertSameAsPure(game, pure);
    }
}
