using NrcGame.Grains.Firms;
using NrcGame.Grains.Games;
using NrcGame.Grains.SalesTeams;
using NrcGame.Market;
using NrcGame.Scenarios;

namespace NrcGame.Grains.Tests;

/// <summary>
/// While a resolution or a roll-back interrupted by a failure is unfinished, the teacher cannot
/// change the market or undo another turn (the change would land on a turn whose outcome is already
/// computed), and the next « Résoudre » finishes exactly the interrupted operation.
/// </summary>
[Collection(ClusterCollection.Name)]
public sealed class InterruptedOperationTests(ClusterFixture fixture)
{
    private static readonly ParameterChange PriceChange = ParameterChange.Set("segments[B2C_GP].referencePrice", 25m);

    private async Task<IGameGrain> StartedGame()
    {
        var game = fixture.Client.GetGrain<IGameGrain>($"g-{Guid.NewGuid():N}");
        var setup = new GameSetup("Classe", "standard", "Marché standard", ScenarioFactory.Standard(), ["Alpha", "Bêta"], Seed: 7);
        Assert.True((await game.Create(setup)).Result.IsAccepted);
        Assert.True((await game.Start(null)).IsAccepted);
        return game;
    }

    [Fact]
    public async Task An_interrupted_resolution_blocks_market_changes_and_roll_back_until_resolve_finishes_it()
    {
        var game = await StartedGame();
        var firmId = (await game.GetSummary()).Teams[0].FirmId;
        FaultInjection.FailNextCalls<IFirmGrain>(FirmKey.Of(game.GetPrimaryKeyString(), firmId), nameof(IFirmGrain.ApplyResult), ClusterFixture.ResolutionAttempts);
        Assert.False((await game.CloseAndResolveTurn()).IsAccepted);

        var auditAtFault = (await game.GetAudit()).Count;
        var change = await game.ChangeParameters([PriceChange], "Hausse du prix de référence");
        var rollBack = await game.RollBackLastTurn();
        Assert.Contains(change.Errors, error => error.Field == "status" && error.Message.Contains("interrompue"));
        Assert.Contains(rollBack.Errors, error => error.Field == "status" && error.Message.Contains("interrompue"));
        Assert.Equal(auditAtFault, (await game.GetAudit()).Count);

        Assert.True((await game.CloseAndResolveTurn()).IsAccepted);
        var summary = await game.GetSummary();
        Assert.Equal((1, 2), (summary.LastResolvedTurn, summary.CurrentTurn));
        Assert.True((await game.ChangeParameters([PriceChange], "Hausse du prix de référence")).IsAccepted);
        var audit = await game.GetAudit();
        Assert.Equal((auditAtFault + 1, 2), (audit.Count, audit[^1].FromTurn));
    }

    [Fact]
    public async Task Resolve_after_an_interrupted_roll_back_finishes_the_roll_back_and_resolves_nothing_else()
    {
        var game = await StartedGame();
        Assert.True((await game.CloseAndResolveTurn()).IsAccepted);
        var firmId = (await game.GetSummary()).Teams[1].FirmId;
        FaultInjection.FailNextCalls<ISalesTeamGrain>(FirmKey.Of(game.GetPrimaryKeyString(), firmId), nameof(ISalesTeamGrain.ForgetFrom));
        await Assert.ThrowsAnyAsync<Exception>(() => game.RollBackLastTurn());

        Assert.Contains((await game.ChangeParameters([PriceChange], "Hausse")).Errors, error => error.Field == "status");
        Assert.True((await game.CloseAndResolveTurn()).IsAccepted);

        var summary = await game.GetSummary();
        Assert.Equal((0, 1, GameStatus.TurnOpen), (summary.LastResolvedTurn, summary.CurrentTurn, summary.Status));
        Assert.Empty(await fixture.Client.GetGrain<ISalesTeamGrain>(FirmKey.Of(game.GetPrimaryKeyString(), firmId)).GetTurns());
    }

    [Fact]
    public async Task A_submission_whose_log_entry_fails_is_not_in_force_anywhere_and_can_be_sent_again()
    {
        var game = await StartedGame();
        var firmKey = FirmKey.Of(game.GetPrimaryKeyString(), "f1");
        var firm = fixture.Client.GetGrain<IFirmGrain>(firmKey);
        var decisions = (await firm.GetDecisions())!.Decisions;
        FaultInjection.FailNextCalls<IFirmDecisionLogGrain>(firmKey, nameof(IFirmDecisionLogGrain.Append));

        await Assert.ThrowsAnyAsync<Exception>(() => game.SubmitDecisions("f1", 1, decisions, "Camille"));
        // Neither the firm, nor the class board, nor the log holds it: the team is told it failed and nothing says otherwise.
        Assert.False((await firm.GetDecisions())!.Submitted);
        Assert.False((await game.GetSummary()).Teams.Single(team => team.FirmId == "f1").HasSubmitted);
        Assert.Empty(await firm.GetHistory());

        Assert.True((await game.SubmitDecisions("f1", 1, decisions, "Camille")).IsAccepted);
        Assert.True((await firm.GetDecisions())!.Submitted);
        Assert.True((await game.GetSummary()).Teams.Single(team => team.FirmId == "f1").HasSubmitted);
        Assert.Equal(["Camille"], (await firm.GetHistory()).Select(record => record.Author));
    }
}
