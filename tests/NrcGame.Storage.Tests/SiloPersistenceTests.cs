using Microsoft.Data.Sqlite;
using NrcGame.Silo.Storage;
using Orleans.TestingHost;

namespace NrcGame.Storage.Tests;

/// <summary>The provider registered in a real silo keeps a grain's state across deactivation.</summary>
public sealed class SiloPersistenceTests : IDisposable
{
    /// <summary>The name <see cref="CounterGrain"/> persists under.</summary>
    public const string StorageName = "test-store";

    private readonly TemporaryFolder _folder = new();

    [Fact]
    public async Task A_grain_state_survives_deactivation_and_reactivation()
    {
        var databasePath = Path.Combine(_folder.Path, "data", "silo.db");
        await using var cluster = BuildCluster(databasePath);
        await cluster.DeployAsync();
        var grain = cluster.Client.GetGrain<ICounterGrain>("persisted");

        await grain.IncrementAsync();
        Assert.Equal(2, await grain.IncrementAsync());
        var firstActivation = await grain.GetActivationIdAsync();
        await grain.DeactivateAsync();
        var secondActivation = await WaitForNewActivationAsync(grain, firstActivation);

        Assert.NotEqual(firstActivation, secondActivation);
        Assert.Equal(2, await grain.GetAsync());
        Assert.Equal(3, await grain.IncrementAsync());
        Assert.Equal(1L, await CountRowsAsync(databasePath));
    }

    [Fact]
    public async Task A_silo_does_not_start_on_a_file_that_is_not_a_database_and_leaves_it_untouched()
    {
        var databasePath = Path.Combine(_folder.Path, "precious.db");
        await File.WriteAllTextAsync(databasePath, string.Concat(Enumerable.Repeat("Pas une base SQLite. ", 200)));
        var before = await File.ReadAllBytesAsync(databasePath);
        await using var cluster = BuildCluster(databasePath);

        var failure = await Assert.ThrowsAnyAsync<Exception>(() => cluster.DeployAsync());

        var cause = Flatten(failure).OfType<SqliteDatabaseFileException>().FirstOrDefault();
        Assert.True(cause is not null, $"Expected a SqliteDatabaseFileException, got: {failure}");
        Assert.Equal(SqliteDatabaseFileProblem.NotADatabase, cause.Problem);
        Assert.Equal(before, await File.ReadAllBytesAsync(databasePath));
    }

    public void Dispose() => _folder.Dispose();

    private static InProcessTestCluster BuildCluster(string databasePath)
    {
        var builder = new InProcessTestClusterBuilder(1);
        builder.ConfigureSilo((_, silo) => silo.AddSqliteGrainStorage(StorageName, sqlite => sqlite.DatabasePath = databasePath));
        return builder.Build();
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
        command.CommandText = $"SELECT count(*) FROM grain_state WHERE storage_name = '{StorageName}' AND payload IS NOT NULL";
        return await command.ExecuteScalarAsync();
    }
}
