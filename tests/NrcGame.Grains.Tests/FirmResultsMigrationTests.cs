using System.Text.Json;
using System.Text.Json.Nodes;
using NrcGame.Grains.Firms;
using NrcGame.Grains.Games;
using NrcGame.Market;

namespace NrcGame.Grains.Tests;

/// <summary>
/// A firm stored before its results had a grain of their own (every resolved turn inside the firm's state, under
/// <c>turns</c>) keeps them: on the production silo over a real SQLite file, the test rewrites a firm's stored state
/// into that former shape, restarts the host, and finds the same results, the same carried-over decisions, and a
/// roll-back that still works — with the firm's own state emptied of them.
/// </summary>
public sealed class FirmResultsMigrationTests : IDisposable
{
    private readonly SqliteSilo silo = new(siloPort: 5164, gatewayPort: 5165);

    [Fact]
    public async Task A_firm_stored_with_its_results_inside_moves_them_to_its_results_grain_and_keeps_playing()
    {
        var gameId = $"migration-{Guid.NewGuid():N}";
        var firmKey = FirmKey.Of(gameId, "f1");
        await silo.Start();
        var game = silo.Grains.GetGrain<IGameGrain>(gameId);
        Assert.True((await game.Create(new GameSetup("Migration", "standard", "Marché standard", ScenarioFactory.Standard(), ["A", "B"], 11))).Result.IsAccepted);
        Assert.True((await game.Start(null)).IsAccepted);
        var firm = silo.Grains.GetGrain<IFirmGrain>(firmKey);
        var decisions = (await firm.GetDecisions())!.Decisions;
        Assert.True((await game.SubmitDecisions("f1", 1, decisions with { Pricing = decisions.Pricing with { PaymentTermsDays = 45 } }, "Camille")).IsAccepted);
        Assert.True((await game.CloseAndResolveTurn()).IsAccepted);
        var results = Json(await firm.GetResults());
        var carriedOver = Json((await firm.GetDecisions())!.Decisions);
        await silo.Stop();

        // The former shape: the results grain's turn inside the firm's state, no last-resolved entry, no results rows.
        var stored = JsonNode.Parse(silo.Payload("firm", firmKey, "firm"))!.AsObject();
        stored["turns"] = new JsonArray(JsonNode.Parse(silo.Payload("firmresults", firmKey, "turn-1"))!["entry"]!.DeepClone());
        stored.Remove("lastResolved");
        Assert.Equal(1, silo.Execute("UPDATE grain_state SET payload = @payload WHERE grain_type = @type AND grain_id = @id",
            command => SqliteSilo.Bind(command, "firm", firmKey, payload: stored.ToJsonString())));
        Assert.Equal(2, silo.Execute("DELETE FROM grain_state WHERE grain_type = @type AND grain_id = @id",
            command => SqliteSilo.Bind(command, "firmresults", firmKey)));

        await silo.Start();
        firm = silo.Grains.GetGrain<IFirmGrain>(firmKey);
        Assert.Equal(results, Json(await firm.GetResults()));
        Assert.Equal(carriedOver, Json((await firm.GetDecisions())!.Decisions));
        Assert.True((await silo.Grains.GetGrain<IGameGrain>(gameId).RollBackLastTurn()).IsAccepted);
        var reopened = (await firm.GetDecisions())!;
        Assert.Equal((1, true, 45), (reopened.Turn, reopened.Submitted, reopened.Decisions.Pricing.PaymentTermsDays));
        Assert.Empty(await firm.GetResults());
        await silo.Stop();

        Assert.Empty(JsonNode.Parse(silo.Payload("firm", firmKey, "firm"))!["turns"]!.AsArray());
    }

    private static string Json<T>(T value) => JsonSerializer.Serialize(value, SerializationConfiguration.MarketJson);

    /// <inheritdoc />
    public void Dispose() => silo.Dispose();
}
