using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using NrcGame.Grains.Firms;
using NrcGame.Grains.Games;
using NrcGame.Market;
using NrcGame.Silo.Hosting;

namespace NrcGame.Grains.Tests;

/// <summary>
/// A firm stored before its results had a grain of their own (every resolved turn inside the firm's state, under
/// <c>turns</c>) keeps them: on the production silo over a real SQLite file, the test rewrites a firm's stored state
/// into that former shape, restarts the host, and finds the same results, the same carried-over decisions, and a
/// roll-back that still works — with the firm's own state emptied of them.
/// </summary>
public sealed class FirmResultsMigrationTests : IDisposable
{
    private const int SiloPort = 5164;
    private const int GatewayPort = 5165;

    private readonly string dataFolder = Path.Combine(Path.GetTempPath(), $"nrcgame-migration-{Guid.NewGuid():N}");

    private NrcGameHostingOptions Hosting => new() { DataFolder = dataFolder, SiloPort = SiloPort, GatewayPort = GatewayPort };

    private async Task<IHost> StartSiloHost()
    {
        var builder = Host.CreateApplicationBuilder();
        builder.UseOrleans(silo => silo.ConfigureNrcGameSilo(Hosting));
        var host = builder.Build();
        await host.StartAsync();
        return host;
    }

    [Fact]
    public async Task A_firm_stored_with_its_results_inside_moves_them_to_its_results_grain_and_keeps_playing()
    {
        var gameId = $"migration-{Guid.NewGuid():N}";
        var firmKey = FirmKey.Of(gameId, "f1");
        var host = await StartSiloHost();
        var grains = host.Services.GetRequiredService<IGrainFactory>();
        var game = grains.GetGrain<IGameGrain>(gameId);
        Assert.True((await game.Create(new GameSetup("Migration", "standard", "Marché standard", ScenarioFactory.Standard(), ["A", "B"], 11))).Result.IsAccepted);
        Assert.True((await game.Start(null)).IsAccepted);
        var firm = grains.GetGrain<IFirmGrain>(firmKey);
        var decisions = (await firm.GetDecisions())!.Decisions;
        Assert.True((await game.SubmitDecisions("f1", 1, decisions with { Pricing = decisions.Pricing with { PaymentTermsDays = 45 } }, "Camille")).IsAccepted);
        Assert.True((await game.CloseAndResolveTurn()).IsAccepted);
        var results = Json(await firm.GetResults());
        var carriedOver = Json((await firm.GetDecisions())!.Decisions);
        await host.StopAsync();
        host.Dispose();

        // The former shape: the results grain's turns inside the firm's state, no last-resolved entry, no results row.
        using (var database = new SqliteConnection($"Data Source={Hosting.DatabasePath};Pooling=False"))
        {
            database.Open();
            var stored = JsonNode.Parse(Payload(database, "firm", firmKey))!.AsObject();
            stored["turns"] = JsonNode.Parse(Payload(database, "firmresults", firmKey))!["turns"]!.DeepClone();
            stored.Remove("lastResolved");
            Execute(database, "UPDATE grain_state SET payload = @payload WHERE grain_type = 'firm' AND grain_id = @id", firmKey, stored.ToJsonString());
            Execute(database, "DELETE FROM grain_state WHERE grain_type = 'firmresults' AND grain_id = @id", firmKey);
        }

        host = await StartSiloHost();
        grains = host.Services.GetRequiredService<IGrainFactory>();
        firm = grains.GetGrain<IFirmGrain>(firmKey);
        Assert.Equal(results, Json(await firm.GetResults()));
        Assert.Equal(carriedOver, Json((await firm.GetDecisions())!.Decisions));
        Assert.True((await grains.GetGrain<IGameGrain>(gameId).RollBackLastTurn()).IsAccepted);
        var reopened = (await firm.GetDecisions())!;
        Assert.Equal((1, true, 45), (reopened.Turn, reopened.Submitted, reopened.Decisions.Pricing.PaymentTermsDays));
        Assert.Empty(await firm.GetResults());
        await host.StopAsync();
        host.Dispose();

        using (var database = new SqliteConnection($"Data Source={Hosting.DatabasePath};Pooling=False"))
        {
            database.Open();
            Assert.Empty(JsonNode.Parse(Payload(database, "firm", firmKey))!["turns"]!.AsArray());
        }
    }

    private static string Json<T>(T value) => JsonSerializer.Serialize(value, SerializationConfiguration.MarketJson);

    private static string Payload(SqliteConnection database, string grainType, string grainId)
    {
        using var command = database.CreateCommand();
        command.CommandText = "SELECT payload FROM grain_state WHERE grain_type = @type AND grain_id = @id";
        command.Parameters.AddWithValue("@type", grainType);
        command.Parameters.AddWithValue("@id", grainId);
        var payload = command.ExecuteScalar() as byte[] ?? throw new InvalidOperationException($"No stored {grainType} {grainId}.");
        return System.Text.Encoding.UTF8.GetString(payload);
    }

    private static void Execute(SqliteConnection database, string sql, string grainId, string? payload = null)
    {
        using var command = database.CreateCommand();
        command.CommandText = sql;
        command.Parameters.AddWithValue("@id", grainId);
        if (payload is not null) command.Parameters.AddWithValue("@payload", System.Text.Encoding.UTF8.GetBytes(payload));
        Assert.Equal(1, command.ExecuteNonQuery());
    }

    /// <inheritdoc />
    public void Dispose()
    {
        if (Directory.Exists(dataFolder)) Directory.Delete(dataFolder, recursive: true);
    }
}
