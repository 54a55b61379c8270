using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using NrcGame.Grains;
using NrcGame.Silo.Storage;
using Orleans.TestingHost;

namespace NrcGame.Storage.Tests;

/// <summary>The provider registered in a real silo keeps a grain's state across deactivation.</summary>
public sealed class SiloPersistenceTests : IDisposable
{
    /// <summary>The name <see cref="NamedStorageCounterGrain"/> persists under.</summary>
    public const string StorageName = "test-store";

    private readonly TemporaryFolder _folder = new();

    [Fact]
    public async Task Grain_states_in_the_named_and_the_default_storage_survive_deactivation()
    {
        var databasePath = Path.Combine(_folder.Path, "data", "silo.db");
        await using var cluster = BuildCluster(databasePath,
            silo => silo.AddSqliteGrainStorageAsDefault(sqlite => sqlite.DatabasePath = databasePath));
        await cluster.DeployAsync();

        await AssertSurvivesReactivationAsync(cluster.Client.GetGrain<INamedStorageCounterGrain>("persisted"));
        await AssertSurvivesReactivationAsync(cluster.Client.GetGrain<IDefaultStorageCounterGrain>("persisted"));

        Assert.Equal(2L, await CountRowsAsync(databasePath));
    }

    [Fact]
    public async Task A_silo_does_not_start_on_a_file_that_is_not_a_database_and_leaves_it_untouched()
    {
        var databasePath = Path.Combine(_folder.Path, "precious.db");
        await File.WriteAllTextAsync(databasePath, string.Concat(Enumerable.Repeat("Pas une base SQLite. ", 200)));
        var before = await File.ReadAllBytesAsync(databasePath);
        await using var cluster = BuildCluster(databasePath, _ => { });

        var failure = await Assert.ThrowsAnyAsync<Exception>(() => cluster.DeployAsync());

        var cause = Flatten(failure).OfType<SqliteDatabaseFileException>().FirstOrDefault();
        Assert.True(cause is not null, $"Expected a SqliteDatabaseFileException, got: {failure}");
        Assert.Equal(SqliteDatabaseFileProblem.NotADatabase, cause.Problem);
        Assert.Equal(before, await File.ReadAllBytesAsync(databasePath));
    }

    public void Dispose() => _folder.Dispose();

    private static InProcessTestCluster BuildCluster(string databasePath, Action<ISiloBuilder> configure)
    {
        // The silo loads NrcGame.Grains too, whose market types need the game's serialization setup.
        var builder = new InProcessTestClusterBuilder(1);
        builder.ConfigureClient(client => client.Services.AddNrcGameSerialization());
        builder.ConfigureSilo((_, silo) =>
        {
            silo.Services.AddNrcGameSerialization();
            silo.AddSqliteGrainStorage(StorageName, sqlite => sqlite.DatabasePath = databasePath);
            configure(silo);
        });
        return builder.Build();
    }

    private static async Task AssertSurvivesReactivationAsync(ICounterGrain grain)
    {
        await grain.IncrementAsync();
        Assert.Equal(2, await grain.IncrementAsync());
        var firstActivation = await grain.GetActivationIdAsync();

        await grain.DeactivateAsync();
        var secondActivation = await WaitForNewActivationAsync(grain, firstActivation);

        Assert.NotEqual(firstActivation, secondActivation);
        Assert.Equal(2, await grain.GetAsync());
        Assert.Equal(3, await grain.IncrementAsync());
    }

    private static IEnumerable<Exception> Flatten(Exception exception)
    {
        yield return exception;
        var children = exception is AggregateException aggregate
            ? aggregate.InnerExceptions.ToArray()
            : exception.InnerException is { } inner ? [inner] : [];
        foreach (var child in children.SelectMany(Flatten))
        {
            yield return child;
        }
    }

    private static async Task<Guid> WaitForNewActivationAsync(ICounterGrain grain, Guid previous)
    {
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (true)
        {
            var current = await grain.GetActivationIdAsync();
            if (current != previous || DateTime.UtcNow > deadline)
            {
                return current;
            }

            await Task.Delay(50);
        }
    }

    private static async Task<object?> CountRowsAsync(string databasePath)
    {
        await using var connection = new SqliteConnection($"Data Source={databasePath};Pooling=False");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT count(*) FROM grain_state WHERE payload IS NOT NULL";
        return await command.ExecuteScalarAsync();
    }
}
