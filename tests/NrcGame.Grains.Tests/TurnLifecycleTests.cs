using NrcGame.Grains.Firms;
using NrcGame.Grains.Games;
using NrcGame.Market;

namespace NrcGame.Grains.Tests;

/// <summary>The turn state machine: lobby, open, paused, countdowns, withdrawal, roll-back.</summary>
[Collection(ClusterCollection.Name)]
public sealed class TurnLifecycleTests(ClusterFixture fixture)
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    private async Task<IGameGrain> CreatedGame()
    {
        var game = fixture.Client.GetGrain<IGameGrain>($"g-{Guid.NewGuid():N}");
        var created = await game.Create(new GameSetup("Cycle", "standard", "Marché standard", ScenarioFactory.Standard(), ["A", "B", "C"], 2026));
        Assert.True(created.Result.IsAccepted);
        return game;
    }

    private IFirmGrain Firm(IGameGrain game, string firmId) => fixture.Client.GetGrain<IFirmGrain>(FirmKey.Of(game.GetPrimaryKeyString(), firmId));

    private async Task<FirmDecisions> DecisionsOf(IGameGrain game, string firmId) =>
        (await Firm(game, firmId).GetDecisions())!.Decisions;

    /// <summary>Waits (bounded) until the game has resolved <paramref name="turn"/> by itself.</summary>
    private static async Task<GameSummary> UntilResolved(IGameGrain game, int turn)
    {
        var giveUp = DateTime.UtcNow + Patience;
        while (true)
        {
            var summary = await game.GetSummary();
            if (summary.LastResolvedTurn >= turn) return summary;
            Assert.True(DateTime.UtcNow < giveUp, $"turn {turn} was not resolved by its countdown within {Patience} (status {summary.Status}, deadline {summary.Deadline})");
            await Task.Delay(50);
        }
    }

    [Fact]
    public async Task The_lobby_refuses_decisions_and_resolution_until_the_teacher_starts()
    {
        var game = await CreatedGame();
        var decisions = await DecisionsOf(game, "f1");

        Assert.Contains("commencé", Assert.Single((await game.CloseAndResolveTurn()).Errors).Message);
        Assert.False((await game.SubmitDecisions("f1", 1, decisions, "Camille")).IsAccepted);

        Assert.True((await game.Start(null)).IsAccepted);
        Assert.False((await game.Start(null)).IsAccepted);
        Assert.True((await game.SubmitDecisions("f1", 1, decisions, "Camille")).IsAccepted);
        Assert.Equal(GameStatus.TurnOpen, (await game.GetSummary()).Status);
    }

    [Fact]
    public async Task A_paused_turn_refuses_decisions_and_accepts_them_again_after_resume()
    {
        var game = await CreatedGame();
        await game.Start(null);
        var decisions = await DecisionsOf(game, "f2");

        Assert.True((await game.Pause()).IsAccepted);
        var refused = await game.SubmitDecisions("f2", 1, decisions, "Yanis");
        Assert.Contains("pause", Assert.Single(refused.Errors).Message);
        Assert.False((await Firm(game, "f2").GetDecisions())!.Submitted);

        Assert.True((await game.Resume()).IsAccepted);
        Assert.True((await game.SubmitDecisions("f2", 1, decisions, "Yanis")).IsAccepted);
    }

    [Fact]
    public async Task A_countdown_closes_and_resolves_the_turn_by_itself_and_refuses_late_decisions()
    {
        var game = await CreatedGame();
        Assert.True((await game.Start(TimeSpan.FromMinutes(10))).IsAccepted);
        var summary = await game.GetSummary();
        Assert.Equal(fixture.Time.GetUtcNow() + TimeSpan.FromMinutes(10), summary.Deadline);
        var decisions = await DecisionsOf(game, "f1");

        fixture.Time.Advance(TimeSpan.FromMinutes(10));

        var late = await game.SubmitDecisions("f1", 1, decisions, "Camille");
        Assert.False(late.IsAccepted);
        var resolved = await UntilResolved(game, 1);
        Assert.Equal(2, resolved.CurrentTurn);
        Assert.Equal(TimeSpan.FromMinutes(10), resolved.TurnDuration);
        Assert.Equal(fixture.Time.GetUtcNow() + TimeSpan.FromMinutes(10), resolved.Deadline);
        Assert.False((await Firm(game, "f1").GetDecisions())!.Submitted);
    }

    [Fact]
    public async Task A_countdown_survives_the_game_being_unloaded_and_fires_when_the_silo_wakes_it()
    {
        var game = await CreatedGame();
        await game.Start(TimeSpan.FromMinutes(30));
        await fixture.Cluster.DeactivateAsync(game);

        fixture.Time.Advance(TimeSpan.FromMinutes(31));
        await fixture.Client.GetGrain<IDeadlineRegistryGrain>(0).WakeAll();

        Assert.Equal(1, (await UntilResolved(game, 1)).LastResolvedTurn);
    }

    [Fact]
    public async Task Pausing_freezes_the_countdown_and_extending_adds_time()
    {
        var game = await CreatedGame();
        await game.Start(TimeSpan.FromMinutes(20));
        fixture.Time.Advance(TimeSpan.FromMinutes(5));

        await game.Pause();
        Assert.Equal(TimeSpan.FromMinutes(15), (await game.GetSummary()).RemainingWhenPaused);
        fixture.Time.Advance(TimeSpan.FromHours(1));
        Assert.Equal(0, (await game.GetSummary()).LastResolvedTurn);

        Assert.True((await game.ExtendCountdown(TimeSpan.FromMinutes(5))).IsAccepted);
        await game.Resume();
        Assert.Equal(fixture.Time.GetUtcNow() + TimeSpan.FromMinutes(20), (await game.GetSummary()).Deadline);
        Assert.False((await game.ExtendCountdown(TimeSpan.FromMinutes(-3))).IsAccepted);
        Assert.False((await game.SetCountdown(TimeSpan.FromHours(12))).IsAccepted);
        Assert.True((await game.SetCountdown(null)).IsAccepted);
        Assert.Null((await game.GetSummary()).Deadline);
    }

    [Fact]
    public async Task Withdrawing_a_submission_brings_back_the_carried_over_decisions_and_is_recorded()
    {
        var game = await CreatedGame();
        await game.Start(null);
        var carried = await DecisionsOf(game, "f3");
        var changed = carried with { Pricing = carried.Pricing with { PaymentTermsDays = 45 } };

        await game.SubmitDecisions("f3", 1, changed, "Inès");
        Assert.True((await game.WithdrawDecisions("f3", 1, "Hugo")).IsAccepted);

        var view = (await Firm(game, "f3").GetDecisions())!;
        Assert.False(view.Submitted);
        Assert.Equal(carried.Pricing.PaymentTermsDays, view.Decisions.Pricing.PaymentTermsDays);
        Assert.False((await game.GetSummary()).Teams.Single(team => team.FirmId == "f3").HasSubmitted);
        var history = await Firm(game, "f3").GetHistory();
        Assert.Equal([(DecisionAction.Submitted, "Inès"), (DecisionAction.Withdrawn, "Hugo")], history.Select(record => (record.Action, record.Author)));
        Assert.False((await game.WithdrawDecisions("f3", 1, "Hugo")).IsAccepted);
    }

    [Fact]
    public async Task Rolling_back_the_last_turn_of_a_finished_game_shows_again_which_teams_had_submitted_it()
    {
        var game = await CreatedGame();
        await game.Start(null);
        var turnCount = (await game.GetSummary()).TurnCount;
        for (var turn = 1; turn < turnCount; turn++) Assert.True((await game.ResolveTurn(turn)).IsAccepted);
        Assert.True((await game.SubmitDecisions("f2", turnCount, await DecisionsOf(game, "f2"), "Inès")).IsAccepted);
        Assert.True((await game.ResolveTurn(turnCount)).IsAccepted);
        Assert.Equal(GameStatus.Finished, (await game.GetSummary()).Status);

        Assert.True((await game.RollBackLastTurn()).IsAccepted);

        var summary = await game.GetSummary();
        Assert.Equal((GameStatus.TurnOpen, turnCount), (summary.Status, summary.CurrentTurn));
        Assert.Equal([false, true, false], summary.Teams.Select(team => team.HasSubmitted));
        Assert.True((await game.WithdrawDecisions("f2", turnCount, "Inès")).IsAccepted);
    }

    [Fact]
    public async Task Rolling_back_and_replaying_a_turn_gives_identical_results_and_a_changed_decision_changes_them()
    {
        var game = await CreatedGame();
        await game.Start(null);
        var decisions = await DecisionsOf(game, "f1");
        await game.SubmitDecisions("f1", 1, decisions with { Pricing = decisions.Pricing with { PaymentTermsDays = 50 } }, "Camille");
        await game.CloseAndResolveTurn();
        var first = Serialized(await Firm(game, "f1").GetResults());
        var standings = (await game.GetSummary()).Standings;

        Assert.True((await game.RollBackLastTurn()).IsAccepted);
        var rolledBack = await game.GetSummary();
        Assert.Equal((1, 0, GameStatus.TurnOpen), (rolledBack.CurrentTurn, rolledBack.LastResolvedTurn, rolledBack.Status));
        Assert.Empty(await Firm(game, "f1").GetResults());
        Assert.True(rolledBack.Teams.Single(team => team.FirmId == "f1").HasSubmitted);
        Assert.Equal(50, (await DecisionsOf(game, "f1")).Pricing.PaymentTermsDays);

        await game.CloseAndResolveTurn();
        Assert.Equal(first, Serialized(await Firm(game, "f1").GetResults()));
        Assert.Equal(standings, (await game.GetSummary()).Standings);

        await game.RollBackLastTurn();
        var cheaper = await DecisionsOf(game, "f1");
        await game.SubmitDecisions("f1", 1, cheaper with { Pricing = cheaper.Pricing with { ListPrice = cheaper.Pricing.ListPrice.ToDictionary(p => p.Key, p => p.Value * 0.8m) } }, "Camille");
        await game.CloseAndResolveTurn();
        Assert.NotEqual(first, Serialized(await Firm(game, "f1").GetResults()));
    }

    [Fact]
    public async Task A_reissued_join_code_replaces_the_old_one_and_joins_are_listed_for_the_teacher()
    {
        var game = await CreatedGame();
        var gameId = game.GetPrimaryKeyString();
        var first = (await game.ReissueJoinCode("f2"))!;
        var second = (await game.ReissueJoinCode("f2"))!;

        Assert.NotEqual(first.JoinCode, second.JoinCode);
        Assert.Null(await fixture.Client.GetGrain<Access.IJoinCodeGrain>(Access.AccessSecret.Hash(first.JoinCode)).Resolve());
        Assert.Equal("f2", (await fixture.Client.GetGrain<Access.IJoinCodeGrain>(Access.AccessSecret.Hash(second.JoinCode)).Resolve())!.FirmId);
        Assert.Null(await game.ReissueJoinCode("f9"));

        await game.RecordJoin("f2", "Inès");
        await game.RecordJoin("f2", "Hugo");
        await game.RecordJoin("f2", "Inès");
        Assert.Equal(["Inès", "Hugo"], (await game.GetSummary()).Teams.Single(team => team.FirmId == "f2").Members);
        Assert.Equal(gameId, (await game.GetSummary()).GameId);
    }

    private static string Serialized(IReadOnlyList<FirmTurnResult> results) =>
        System.Text.Json.JsonSerializer.Serialize(results, SerializationConfiguration.MarketJson);
}
