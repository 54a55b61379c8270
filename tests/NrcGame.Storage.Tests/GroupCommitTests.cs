using System.Data.Common;
using Microsoft.Data.Sqlite;
using NrcGame.Silo.Storage;

namespace NrcGame.Storage.Tests;

/// <summary>
/// Group commit on a real SQLite file: writes that queue behind a commit in flight are committed
/// together in one transaction, each completes only once committed, and a write that throws fails
/// alone.
/// </summary>
public sealed class GroupCommitTests : IDisposable
{
    private readonly TemporaryFolder _folder = new();
    private readonly SqliteDialect _dialect;
    private readonly GroupCommit _groupCommit;

    public GroupCommitTests()
    {
        _dialect = new SqliteDialect(Path.Combine(_folder.Path, "grains.db"), TimeSpan.FromSeconds(30));
        _dialect.InitializeAsync(CancellationToken.None).GetAwaiter().GetResult();
        _groupCommit = new GroupCommit(_dialect);
    }

    /// <summary>Starts a first write and keeps its commit in flight until the returned source is completed.</summary>
    private async Task<(Task<long?> First, TaskCompletionSource Release)> HoldFirstCommitInFlightAsync()
    {
        var firstRunning = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var releaseFirst = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var first = _groupCommit.RunAsync(async (connection, transaction) =>
        {
            firstRunning.SetResult();
            await releaseFirst.Task;
            return await InsertAsync(connection, transaction, "first");
        });
        await firstRunning.Task;
        return (first, releaseFirst);
    }

    [Fact]
    public async Task Writes_queued_behind_a_commit_in_flight_share_one_transaction_and_are_all_stored()
    {
        var (first, releaseFirst) = await HoldFirstCommitInFlightAsync();

        var transactions = new DbTransaction?[10];
        var queued = Enumerable.Range(0, 10).Select(index => _groupCommit.RunAsync(async (connection, transaction) =>
        {
            transactions[index] = transaction;
            return await InsertAsync(connection, transaction, $"queued {index}");
        })).ToArray();
        releaseFirst.SetResult();
        await first;
        var versions = await Task.WhenAll(queued);

        Assert.All(versions, version => Assert.Equal(1, version));
        Assert.NotNull(transactions[0]);
        Assert.All(transactions, transaction => Assert.Same(transactions[0], transaction));
        Assert.Equal(11, await CountRowsAsync());
    }

    [Fact]
    public async Task Writes_arriving_while_the_writer_waits_for_the_file_go_to_disk_together_with_the_first()
    {
        var transactions = new DbTransaction?[10];
        Task<long?>[] writes;
        using (await _dialect.BeginWriteAsync(CancellationToken.None))
        {
            // Another writer holds the file: the first write's commit waits for it, and takes its batch only then,
            // with the writes that came after it.
            Task<long?> Write(int index) => _groupCommit.RunAsync(async (connection, transaction) =>
            {
                transactions[index] = transaction;
                return await InsertAsync(connection, transaction, $"write {index}");
            });
            var first = Write(0);
            await Task.Delay(TimeSpan.FromMilliseconds(200));
            writes = [first, .. Enumerable.Range(1, 9).Select(Write)];
            await Task.Delay(TimeSpan.FromMilliseconds(200));
        }

        Assert.All(await Task.WhenAll(writes), version => Assert.Equal(1, version));
        Assert.NotNull(transactions[0]);
        Assert.All(transactions, transaction => Assert.Same(transactions[0], transaction));
        Assert.Equal(10, await CountRowsAsync());
    }

    [Fact]
    public async Task A_write_that_throws_fails_alone_and_the_others_of_its_batch_are_stored()
    {
        var (first, releaseFirst) = await HoldFirstCommitInFlightAsync();

        var before = _groupCommit.RunAsync((connection, transaction) => InsertAsync(connection, transaction, "before"));
        var failing = _groupCommit.RunAsync(async (connection, transaction) =>
        {
            await using var command = connection.CreateCommand();
            command.Transaction = transaction;
            command.CommandText = "UPDATE no_such_table SET version = 2 RETURNING version";
            return (long?)await command.ExecuteScalarAsync();
        });
        var after = _groupCommit.RunAsync((connection, transaction) => InsertAsync(connection, transaction, "after"));
        releaseFirst.SetResult();
        await first;

        Assert.Equal(1, await before);
        Assert.Equal(1, await after);
        var failure = await Assert.ThrowsAsync<SqliteException>(() => failing);
        Assert.Contains("no_such_table", failure.Message, StringComparison.Ordinal);
        Assert.Equal(["after", "before", "first"], await GrainIdsAsync());
    }

    public void Dispose()
    {
        _dialect.Dispose();
        _folder.Dispose();
    }

    private static async Task<long?> InsertAsync(DbConnection connection, DbTransaction? transaction, string grainId)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = "INSERT INTO grain_state (storage_name, grain_type, grain_id, state_name, payload, version) VALUES ('s', 't', @id, 'state', x'00', 1) RETURNING version";
        command.Parameters.Add(new SqliteParameter("@id", grainId));
        return (long?)await command.ExecuteScalarAsync();
    }

    private async Task<long> CountRowsAsync()
    {
        await using var connection = await _dialect.OpenConnectionAsync(CancellationToken.None);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT count(*) FROM grain_state";
        return (long)(await command.ExecuteScalarAsync())!;
    }

    private async Task<List<string>> GrainIdsAsync()
    {
        await using var connection = await _dialect.OpenConnectionAsync(CancellationToken.None);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT grain_id FROM grain_state ORDER BY grain_id";
        var ids = new List<string>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync()) ids.Add(reader.GetString(0));
        return ids;
    }
}
