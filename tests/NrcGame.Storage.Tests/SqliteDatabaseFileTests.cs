using Microsoft.Data.Sqlite;
using NrcGame.Silo.Storage;
using Orleans.Runtime;

namespace NrcGame.Storage.Tests;

/// <summary>What the SQLite backend does with the file itself: creation, WAL, and refusing bad files.</summary>
public sealed class SqliteDatabaseFileTests : IDisposable
{
    private static readonly GrainId Grain = GrainId.Create("file-grain", "a");
    private readonly TemporaryFolder _folder = new();

    [Fact]
    public async Task A_missing_folder_is_created_and_the_database_is_in_WAL_mode()
    {
        var path = Path.Combine(_folder.Path, "not", "yet", "there.db");
        using (var storage = StorageServices.CreateSqlite("file", path))
        {
            await storage.WriteStateAsync("state", Grain, new GrainState<TestState>(new TestState { Name = "x" }));
        }

        Assert.True(File.Exists(path));
        Assert.Equal("wal", await ScalarAsync(path, "PRAGMA journal_mode"));
        Assert.Equal(1L, await ScalarAsync(path, "SELECT count(*) FROM grain_state WHERE payload IS NOT NULL"));
    }

    [Fact]
    public async Task Every_connection_handed_out_flushes_every_commit_and_waits_for_a_lock_also_when_the_pool_reuses_it()
    {
        using var dialect = new SqliteDialect(Path.Combine(_folder.Path, "settings.db"), TimeSpan.FromSeconds(7));
        await dialect.InitializeAsync(CancellationToken.None);
        var handles = new HashSet<object>(ReferenceEqualityComparer.Instance);
        for (var round = 0; round < 3; round++)
        {
            // Several open at once (new pooled connections), then closed and handed out again (the same ones).
            var connections = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => dialect.OpenConnectionAsync(CancellationToken.None)));
            foreach (var connection in connections.Cast<SqliteConnection>())
            {
                handles.Add(connection.Handle!);
                Assert.Equal(2L, await ScalarAsync(connection, "PRAGMA synchronous")); // 2 = FULL
                Assert.Equal(7000L, await ScalarAsync(connection, "PRAGMA busy_timeout"));
                // No commit copies the log (SqliteWalCheckpointer does), short of a log of 80 MB.
                Assert.Equal((long)SqliteWalCheckpointer.WritersCheckpointAfterPages, await ScalarAsync(connection, "PRAGMA wal_autocheckpoint"));
                await connection.DisposeAsync();
            }
        }

        Assert.InRange(handles.Count, 1, 4); // the pool handed the same connections out again
    }

    [Fact]
    public async Task The_log_is_copied_into_the_database_in_the_background_and_reused_from_its_start()
    {
        var path = Path.Combine(_folder.Path, "busy.db");
        const int RowsPerBurst = 100; // 100 rows of 40 kB: 4 MB of log per burst, about SQLite's automatic checkpoint
        var state = new GrainState<TestState>(new TestState { Name = new string('x', 40_000) });
        using var storage = StorageServices.CreateSqlite("file", path);
        long logAfterFirstBurst = 0;
        for (var burst = 1; burst <= 3; burst++)
        {
            await Task.WhenAll(Enumerable.Range(0, RowsPerBurst).Select(row =>
                storage.WriteStateAsync("state", GrainId.Create("busy-grain", $"{burst}-{row}"), new GrainState<TestState>(state.State))));
            if (burst == 1) logAfterFirstBurst = new FileInfo(path + "-wal").Length;
            // Nothing written now: the background checkpoint alone brings the rows into the database file.
            var expected = burst * RowsPerBurst * 40_000L;
            var waited = System.Diagnostics.Stopwatch.StartNew();
            while (new FileInfo(path).Length < expected && waited.Elapsed < TimeSpan.FromSeconds(30)) await Task.Delay(100);
            Assert.True(new FileInfo(path).Length >= expected, $"after burst {burst} the database file holds {new FileInfo(path).Length} bytes, not the {expected} written");
        }

        // Each burst after a complete copy wrote the log from its start again: it stayed the size of one burst, not three.
        Assert.InRange(new FileInfo(path + "-wal").Length, 1, logAfterFirstBurst * 3 / 2);
    }

    [Fact]
    public async Task A_file_that_is_not_a_database_is_refused_and_left_untouched()
    {
        var path = Path.Combine(_folder.Path, "notes.db");
        var content = string.Concat(Enumerable.Repeat("Ceci n'est pas une base SQLite. ", 200));
        await File.WriteAllTextAsync(path, content);
        var before = await File.ReadAllBytesAsync(path);
        using var storage = StorageServices.CreateSqlite("file", path);

        var error = await Assert.ThrowsAsync<SqliteDatabaseFileException>(() =>
            storage.WriteStateAsync("state", Grain, new GrainState<TestState>(new TestState())));

        Assert.Equal(SqliteDatabaseFileProblem.NotADatabase, error.Problem);
        Assert.Equal(path, error.DatabasePath);
        Assert.Contains("not a valid SQLite database", error.Message);
        Assert.Equal(before, await File.ReadAllBytesAsync(path));
    }

    [Fact]
    public async Task A_database_locked_by_another_connection_is_reported_as_locked()
    {
        var path = Path.Combine(_folder.Path, "locked.db");
        await using var holder = new SqliteConnection($"Data Source={path};Pooling=False");
        await holder.OpenAsync();
        await using (var lockCommand = holder.CreateCommand())
        {
            lockCommand.CommandText = "PRAGMA locking_mode = EXCLUSIVE; BEGIN EXCLUSIVE; CREATE TABLE held (x INTEGER);";
            await lockCommand.ExecuteNonQueryAsync();
        }

        using var storage = StorageServices.CreateSqlite("file", path, busyTimeout: TimeSpan.FromMilliseconds(300));

        var error = await Assert.ThrowsAsync<SqliteDatabaseFileException>(() =>
            storage.ReadStateAsync("state", Grain, new GrainState<TestState>(new TestState())));

        Assert.Equal(SqliteDatabaseFileProblem.Locked, error.Problem);
    }

    [Fact]
    public async Task A_foreign_grain_state_table_is_refused()
    {
        var path = Path.Combine(_folder.Path, "foreign.db");
        await ScalarAsync(path, "CREATE TABLE grain_state (id INTEGER PRIMARY KEY, data TEXT)");
        using var storage = StorageServices.CreateSqlite("file", path);

        var error = await Assert.ThrowsAsync<SqliteDatabaseFileException>(() =>
            storage.ReadStateAsync("state", Grain, new GrainState<TestState>(new TestState())));

        Assert.Equal(SqliteDatabaseFileProblem.IncompatibleSchema, error.Problem);
    }

    public void Dispose() => _folder.Dispose();

    private static async Task<object?> ScalarAsync(string path, string sql)
    {
        await using var connection = new SqliteConnection($"Data Source={path};Pooling=False");
        await connection.OpenAsync();
        return await ScalarAsync(connection, sql);
    }

    private static async Task<object?> ScalarAsync(SqliteConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return await command.ExecuteScalarAsync();
    }
}
