using System.Text;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using NrcGame.Silo.Hosting;

namespace NrcGame.Grains.Tests;

/// <summary>
/// The production silo (<see cref="SiloConfiguration"/>) over a SQLite file of its own, which a test starts, stops and
/// starts again, and whose stored rows it reads and rewrites between two runs (always with the silo stopped).
/// </summary>
/// <param name="siloPort">The silo port, unique to the test class so that it never meets another test's silo.</param>
/// <param name="gatewayPort">The gateway port, unique likewise.</param>
internal sealed class SqliteSilo(int siloPort, int gatewayPort) : IDisposable
{
    private readonly string dataFolder = Path.Combine(Path.GetTempPath(), $"nrcgame-sqlite-silo-{Guid.NewGuid():N}");

    private IHost? host;

    private NrcGameHostingOptions Hosting => new() { DataFolder = dataFolder, SiloPort = siloPort, GatewayPort = gatewayPort };

    /// <summary>The grains of the running silo.</summary>
    public IGrainFactory Grains => (host ?? throw new InvalidOperationException("The silo is stopped.")).Services.GetRequiredService<IGrainFactory>();

    /// <summary>Starts the silo on the file.</summary>
    public async Task Start()
    {
        var builder = Host.CreateApplicationBuilder();
        builder.UseOrleans(silo => silo.ConfigureNrcGameSilo(Hosting));
        host = builder.Build();
        await host.StartAsync();
    }

    /// <summary>Stops the silo: every activation is gone, so the next call reads storage again.</summary>
    public async Task Stop()
    {
        if (host is null) return;
        await host.StopAsync();
        host.Dispose();
        host = null;
    }

    /// <summary>Stops the silo and starts it again.</summary>
    public async Task Restart()
    {
        await Stop();
        await Start();
    }

    /// <summary>The stored JSON of one state of one grain; fails when there is none.</summary>
    public string Payload(string grainType, string grainId, string stateName) =>
        Query("SELECT payload FROM grain_state WHERE grain_type = @type AND grain_id = @id AND state_name = @state",
            command => Bind(command, grainType, grainId, stateName), command => command.ExecuteScalar()) is byte[] payload
            ? Encoding.UTF8.GetString(payload)
            : throw new InvalidOperationException($"No stored {grainType} {grainId} {stateName}.");

    /// <summary>The version (ETag) of one state of one grain: how many times it was written.</summary>
    public long Version(string grainType, string grainId, string stateName) =>
        Query("SELECT version FROM grain_state WHERE grain_type = @type AND grain_id = @id AND state_name = @state",
            command => Bind(command, grainType, grainId, stateName), command => command.ExecuteScalar()) as long?
            ?? throw new InvalidOperationException($"No stored {grainType} {grainId} {stateName}.");

    /// <summary>The names of the states stored for one grain, sorted.</summary>
    public IReadOnlyList<string> StateNames(string grainType, string grainId) =>
        Query("SELECT state_name FROM grain_state WHERE grain_type = @type AND grain_id = @id ORDER BY state_name",
            command => Bind(command, grainType, grainId), ReadStrings);

    /// <summary>Every stored (grain type, grain id, state name) whose grain id starts with <paramref name="gameId"/>, sorted.</summary>
    public IReadOnlyList<string> RowsOfGame(string gameId) =>
        Query("SELECT grain_type || ' ' || grain_id || ' ' || state_name FROM grain_state WHERE grain_id LIKE @game || '%' ORDER BY 1",
            command => command.Parameters.AddWithValue("@game", gameId), ReadStrings);

    /// <summary>Runs <paramref name="sql"/> on the file (the silo stopped) and returns the number of rows it changed.</summary>
    public int Execute(string sql, Action<SqliteCommand> bind) => Query(sql, bind, command => command.ExecuteNonQuery());

    /// <summary>Adds the usual parameters <c>@type</c>, <c>@id</c>, <c>@state</c> and <c>@payload</c> (UTF-8 bytes) that are given.</summary>
    public static void Bind(SqliteCommand command, string grainType, string grainId, string? stateName = null, string? payload = null)
    {
        command.Parameters.AddWithValue("@type", grainType);
        command.Parameters.AddWithValue("@id", grainId);
        if (stateName is not null) command.Parameters.AddWithValue("@state", stateName);
        if (payload is not null) command.Parameters.AddWithValue("@payload", Encoding.UTF8.GetBytes(payload));
    }

    private T Query<T>(string sql, Action<SqliteCommand> bind, Func<SqliteCommand, T> run)
    {
        using var database = new SqliteConnection($"Data Source={Hosting.DatabasePath};Pooling=False");
        database.Open();
        using var command = database.CreateCommand();
        command.CommandText = sql;
        bind(command);
        return run(command);
    }

    private static List<string> ReadStrings(SqliteCommand command)
    {
        using var reader = command.ExecuteReader();
        var values = new List<string>();
        while (reader.Read()) values.Add(reader.GetString(0));
        return values;
    }

    /// <inheritdoc />
    public void Dispose()
    {
        host?.Dispose();
        if (Directory.Exists(dataFolder)) Directory.Delete(dataFolder, recursive: true);
    }
}
