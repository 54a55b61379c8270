using System.Text.Json;
using System.Text.Json.Nodes;
using NrcGame.Grains.Firms;
using NrcGame.Grains.Games;
using NrcGame.Market;

namespace NrcGame.Grains.Tests;

/// <summary>
/// A firm's submissions and withdrawals are logged by its <see cref="IFirmDecisionLogGrain"/>, a page per row, not in
/// the firm's own state, on the production silo over a real SQLite file: a submission, a withdrawal or a draft edit
/// rewrites a firm row without the log, an append rewrites the open turn's page only, the history reads the same
/// actions oldest first across turns, a restart and a roll-back (the log is never rolled back), a deleted game leaves
/// no row, and a firm stored with its log inside its state moves it to the log grain.
/// </summary>
public sealed class FirmDecisionLogTests : IDisposable
{
    private const string LogGrainType = "firmdecisionlog";

    private readonly SqliteSilo silo = new(siloPort: 5168, gatewayPort: 5169);
    private readonly string gameId = $"decision-log-{Guid.NewGuid():N}";

    private string FirmKey1 => FirmKey.Of(gameId, "f1");

    private IGameGrain Game => silo.Grains.GetGrain<IGameGrain>(gameId);

    private IFirmGrain Firm => silo.Grains.GetGrain<IFirmGrain>(FirmKey1);

    private async Task CreateAndStart()
    {
        Assert.True((await Game.Create(new GameSetup("Journal", "standard", "Marché standard", ScenarioFactory.Standard(), ["A", "B"], 11))).Result.IsAccepted);
        Assert.True((await Game.Start(null)).IsAccepted);
    }

    /// <summary>Submits the decisions in force, with the list price of B2C_GP changed to <paramref name="listPrice"/>.</summary>
    private async Task Submit(int turn, string author, decimal listPrice)
    {
        var decisions = (await Firm.GetDecisions())!.Decisions;
        var changed = decisions with { Pricing = decisions.Pricing with { ListPrice = new Dictionary<string, decimal>(decisions.Pricing.ListPrice) { ["B2C_GP"] = listPrice } } };
        Assert.True((await Game.SubmitDecisions("f1", turn, changed, author)).IsAccepted);
    }

    private async Task Withdraw(int turn, string author) => Assert.True((await Game.WithdrawDecisions("f1", turn, author)).IsAccepted);

    /// <summary>The firm's history as (turn, author, action, list price of B2C_GP), oldest first.</summary>
    private async Task<List<(int, string, DecisionAction, decimal)>> Actions() =>
        (await Firm.GetHistory()).Select(record => (record.Turn, record.Author, record.Action, record.Decisions.Pricing.ListPrice["B2C_GP"])).ToList();

    /// <summary>The records stored on page <paramref name="number"/> of the firm's log.</summary>
    private JsonArray Page(int number) => JsonNode.Parse(silo.Payload(LogGrainType, FirmKey1, $"turn-{number}"))!["entry"]!["records"]!.AsArray();

    private JsonObject FirmRow() => JsonNode.Parse(silo.Payload("firm", FirmKey1, "firm"))!.AsObject();

    [Fact]
    public async Task Submissions_withdrawals_and_draft_edits_leave_the_log_out_of_the_firm_row_and_the_log_keeps_every_action_in_order()
    {
        await silo.Start();
        await CreateAndStart();
        await Submit(1, "Camille", 18m);
        await Withdraw(1, "Camille");
        Assert.Null((await Firm.EditDraft(1, "remuneration.commissionRate", "0.065", "Yanis", DateTimeOffset.UtcNow)).Error);
        await Submit(1, "Dominique", 19m);
        Assert.True((await Game.CloseAndResolveTurn()).IsAccepted);
        await Submit(2, "Camille", 20m);
        await silo.Restart();

        List<(int, string, DecisionAction, decimal)> played =
            [(1, "Camille", DecisionAction.Submitted, 18m), (1, "Camille", DecisionAction.Withdrawn, 18m), (1, "Dominique", DecisionAction.Submitted, 19m), (2, "Camille", DecisionAction.Submitted, 20m)];
        Assert.Equal(played, await Actions());
        Assert.Equal("Camille", (await Firm.GetDecisions())!.SubmittedBy);
        await silo.Stop();

        Assert.False(FirmRow().ContainsKey("history"), "the firm row holds no log");
        Assert.DoesNotContain("Dominique", silo.Payload("firm", FirmKey1, "firm"));
        Assert.Equal(["firmDecisionLog", "turn-1", "turn-2"], silo.StateNames(LogGrainType, FirmKey1));
        Assert.Equal(3, Page(1).Count);
        Assert.Single(Page(2));
        // Each append rewrote its turn's page alone; the index was written when a page started.
        Assert.Equal(3, silo.Version(LogGrainType, FirmKey1, "turn-1"));
        Assert.Equal(1, silo.Version(LogGrainType, FirmKey1, "turn-2"));
        Assert.Equal(2, silo.Version(LogGrainType, FirmKey1, "firmDecisionLog"));

        // A roll-back keeps the log; the turn reopened with the submission that was resolved, and logs after the later turn.
        await silo.Start();
        Assert.True((await Game.RollBackLastTurn()).IsAccepted);
        Assert.Equal(played, await Actions());
        var reopened = (await Firm.GetDecisions())!;
        Assert.Equal((1, true, "Dominique"), (reopened.Turn, reopened.Submitted, reopened.SubmittedBy));
        await Submit(1, "Yanis", 21m);
        await silo.Restart();
        Assert.Equal([.. played, (1, "Yanis", DecisionAction.Submitted, 21m)], await Actions());
        Assert.Equal("Yanis", (await Firm.GetDecisions())!.SubmittedBy);

        Assert.True(await Game.Delete());
        await silo.Stop();
        Assert.Empty(silo.RowsOfGame(gameId));
    }

    [Fact]
    public async Task A_firm_stored_with_its_log_inside_its_state_moves_it_to_the_log_grain_and_keeps_logging()
    {
        await silo.Start();
        await CreateAndStart();
        await Submit(1, "Camille", 18m);
        await Withdraw(1, "Camille");
        await Submit(1, "Dominique", 19m);
        Assert.True((await Game.CloseAndResolveTurn()).IsAccepted);
        await Submit(2, "Camille", 20m);
        var history = Json(await Firm.GetHistory());
        var decisions = Json(await Firm.GetDecisions());
        await silo.Stop();

        // The former shape: every record inside the firm's state, under "history", no stamp of who submitted, and no log rows.
        var stored = FirmRow();
        stored["history"] = new JsonArray([.. Page(1).Concat(Page(2)).Select(record => record!.DeepClone())]);
        stored.Remove("submittedBy");
        Assert.Equal(1, silo.Execute("UPDATE grain_state SET payload = @payload WHERE grain_type = @type AND grain_id = @id",
            command => SqliteSilo.Bind(command, "firm", FirmKey1, payload: stored.ToJsonString())));
        Assert.Equal(3, silo.Execute("DELETE FROM grain_state WHERE grain_type = @type AND grain_id = @id",
            command => SqliteSilo.Bind(command, LogGrainType, FirmKey1)));

        await silo.Start();
        Assert.Equal(history, Json(await Firm.GetHistory()));
        Assert.Equal(decisions, Json(await Firm.GetDecisions()));
        await silo.Stop();
        Assert.False(FirmRow().ContainsKey("history"), "the firm row no longer holds the log");
        Assert.Equal(["firmDecisionLog", "turn-1", "turn-2"], silo.StateNames(LogGrainType, FirmKey1));

        await silo.Start();
        await Withdraw(2, "Yanis");
        Assert.Equal([(2, "Camille", DecisionAction.Submitted, 20m), (2, "Yanis", DecisionAction.Withdrawn, 20m)], (await Actions()).TakeLast(2));
        Assert.Equal(5, (await Firm.GetHistory()).Count);
    }

    private static string Json<T>(T value) => JsonSerializer.Serialize(value, SerializationConfiguration.MarketJson);

    /// <inheritdoc />
    public void Dispose() => silo.Dispose();
}
