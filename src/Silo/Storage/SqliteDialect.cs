using System.Collections.Concurrent;
using System.Data.Common;
using System.Globalization;
using System.Runtime.CompilerServices;
using Microsoft.Data.Sqlite;

namespace NrcGame.Silo.Storage;

/// <summary>
/// Grain state in one SQLite file, in WAL mode with <c>synchronous=FULL</c>.
/// </summary>
/// <remarks>
/// <para>
/// Durability: in WAL mode <c>synchronous=NORMAL</c> survives a crash of the process but may lose the
/// last committed transactions on a power cut or an operating-system crash. <c>FULL</c> flushes the
/// WAL to disk on every commit, so a write acknowledged to a grain is never lost; the cost is one
/// fsync per write, which grain state writes (a few per player action) easily afford.
/// </para>
/// <para>
/// Connections: one per operation, taken from Microsoft.Data.Sqlite's connection pool; WAL lets
/// readers proceed while a writer commits. Writers of this process queue asynchronously for one
/// <see cref="WriterLease"/> per file (SQLite's own busy handling sleeps and retries, which under a
/// burst of writes blocks thread-pool threads and multiplies latency); the busy timeout still
/// covers another process holding the file. Writes that queue behind a commit are committed together
/// (<see cref="GroupCommit"/>), so one fsync covers them all. The write-ahead log is copied into the database in the
/// background (<see cref="SqliteWalCheckpointer"/>), not inside a writer's commit.
/// </para>
/// </remarks>
internal sealed class SqliteDialect : IStorageDialect
{
    private const string KeyFilter =
        "storage_name = @storage_name AND grain_type = @grain_type AND grain_id = @grain_id AND state_name = @state_name";

    private const string CreateTableSql = """
        CREATE TABLE IF NOT EXISTS grain_state (
            storage_name TEXT    NOT NULL,
            grain_type   TEXT    NOT NULL,
            grain_id     TEXT    NOT NULL,
            state_name   TEXT    NOT NULL,
            payload      BLOB    NULL,
            version      INTEGER NOT NULL,
            PRIMARY KEY (storage_name, grain_type, grain_id, state_name)
        )
        """;

    private const string SelectRowSql = $"SELECT payload, version FROM grain_state WHERE {KeyFilter}";

    private const string SelectVersionSql = $"SELECT version FROM grain_state WHERE {KeyFilter}";

    private const string InsertRowSql = """
        INSERT INTO grain_state (storage_name, grain_type, grain_id, state_name, payload, version)
        VALUES (@storage_name, @grain_type, @grain_id, @state_name, @payload, 1)
        ON CONFLICT DO NOTHING
        RETURNING version
        """;

    private const string UpdateRowSql =
        $"UPDATE grain_state SET payload = @payload, version = version + 1 WHERE {KeyFilter} AND version = @version RETURNING version";

    private const string DeleteRowSql =
        $"DELETE FROM grain_state WHERE {KeyFilter} AND version = @version RETURNING version";

    private const string ClearRowSql =
        $"UPDATE grain_state SET payload = NULL, version = version + 1 WHERE {KeyFilter} AND version = @version RETURNING version";

    private const string SchemaProbeSql =
        "SELECT storage_name, grain_type, grain_id, state_name, payload, version FROM grain_state LIMIT 0";

    // One writer at a time per file in this process, shared by every provider on that file.
    private static readonly ConcurrentDictionary<string, SemaphoreSlim> WriterGates = new(StringComparer.Ordinal);

    private readonly string _connectionString;
    private readonly string _connectionPragmas;

    /// <summary>The pooled SQLite connections (their native handles) that have had <see cref="_connectionPragmas"/> run.</summary>
    private readonly ConditionalWeakTable<object, object> _configuredConnections = new();

    /// <summary>Copies the log into the database once the file is initialized; null before.</summary>
    private SqliteWalCheckpointer? _checkpointer;

    /// <summary>Uses the SQLite file at <paramref name="databasePath"/>.</summary>
    /// <param name="databasePath">The database file; relative paths are resolved against the working directory.</param>
    /// <param name="busyTimeout">How long to wait for another connection's lock.</param>
    public SqliteDialect(string databasePath, TimeSpan busyTimeout)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(databasePath);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(busyTimeout, TimeSpan.Zero);
        Location = Path.GetFullPath(databasePath);
        _connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = Location,
            Mode = SqliteOpenMode.ReadWriteCreate,
            Pooling = true,
            DefaultTimeout = (int)Math.Ceiling(busyTimeout.TotalSeconds),
        }.ToString();
        var busyMilliseconds = ((long)busyTimeout.TotalMilliseconds).ToString(CultureInfo.InvariantCulture);
        _connectionPragmas = $"PRAGMA busy_timeout = {busyMilliseconds}; PRAGMA synchronous = FULL; PRAGMA wal_autocheckpoint = {SqliteWalCheckpointer.WritersCheckpointAfterPages};";
    }

    /// <inheritdoc />
    public string Location { get; }

    /// <inheritdoc />
    public string ReadSql => SelectRowSql;

    /// <inheritdoc />
    public string VersionSql => SelectVersionSql;

    /// <inheritdoc />
    public string InsertSql => InsertRowSql;

    /// <inheritdoc />
    public string UpdateSql => UpdateRowSql;

    /// <inheritdoc />
    public string ClearSql => ClearRowSql;

    /// <inheritdoc />
    public string DeleteSql => DeleteRowSql;

    /// <inheritdoc />
    public async Task InitializeAsync(CancellationToken cancellationToken)
    {
        CreateFolder();
        try
        {
            await using var connection = await OpenConnectionAsync(cancellationToken);
            // Reading the header first: a file that is not a database is reported before anything is written.
            await ExecuteScalarAsync(connection, "SELECT count(*) FROM sqlite_schema", cancellationToken);
            var mode = await ExecuteScalarAsync(connection, "PRAGMA journal_mode = WAL", cancellationToken);
            if (!string.Equals(mode as string, "wal", StringComparison.OrdinalIgnoreCase))
            {
                throw new SqliteDatabaseFileException(Location, SqliteDatabaseFileProblem.CannotOpen,
                    $"The SQLite database '{Location}' cannot be switched to WAL mode (journal mode is '{mode}').", null);
            }

            await ExecuteScalarAsync(connection, CreateTableSql, cancellationToken);
            await ProbeSchemaAsync(connection, cancellationToken);
            _checkpointer ??= new SqliteWalCheckpointer(this);
        }
        catch (SqliteException exception) when (Describe(exception) is { } problem)
        {
            throw new SqliteDatabaseFileException(Location, problem.Problem, problem.Message, exception);
        }
    }

    /// <inheritdoc />
    public Task<WriterLease> BeginWriteAsync(CancellationToken cancellationToken) =>
        WriterLease.AcquireAsync(WriterGates.GetOrAdd(Location, _ => new SemaphoreSlim(1, 1)), cancellationToken);

    /// <inheritdoc />
    public bool CommitsWritesTogether => true;

    /// <inheritdoc />
    public async Task<DbConnection> OpenConnectionAsync(CancellationToken cancellationToken)
    {
        var connection = new SqliteConnection(_connectionString);
        try
        {
            await connection.OpenAsync(cancellationToken);
            // The pool hands back the same SQLite connection many times; its settings stay, so they are set once.
            if (!_configuredConnections.TryGetValue(connection.Handle!, out _))
            {
                await ExecuteScalarAsync(connection, _connectionPragmas, cancellationToken);
                _configuredConnections.AddOrUpdate(connection.Handle!, connection.Handle!);
            }

            return connection;
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }

    /// <summary>Stops the background checkpoints and closes the pooled connections to the file, letting SQLite checkpoint and remove the WAL.</summary>
    public void Dispose()
    {
        Interlocked.Exchange(ref _checkpointer, null)?.DisposeAsync().AsTask().GetAwaiter().GetResult();
        using var connection = new SqliteConnection(_connectionString);
        SqliteConnection.ClearPool(connection);
    }

    private void CreateFolder()
    {
        try
        {
            Directory.CreateDirectory(Path.GetDirectoryName(Location)!);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            throw new SqliteDatabaseFileException(Location, SqliteDatabaseFileProblem.CannotOpen,
                $"The folder of the SQLite database '{Location}' cannot be created: {exception.Message}", exception);
        }
    }

    private async Task ProbeSchemaAsync(DbConnection connection, CancellationToken cancellationToken)
    {
        try
        {
            await ExecuteScalarAsync(connection, SchemaProbeSql, cancellationToken);
        }
        catch (SqliteException exception) when (exception.SqliteErrorCode == SQLitePCL.raw.SQLITE_ERROR)
        {
            throw new SqliteDatabaseFileException(Location, SqliteDatabaseFileProblem.IncompatibleSchema,
                $"The SQLite database '{Location}' has a grain_state table with unexpected columns: {exception.Message}", exception);
        }
    }

    private (SqliteDatabaseFileProblem Problem, string Message)? Describe(SqliteException exception) =>
        (exception.SqliteErrorCode & 0xFF) switch
        {
            SQLitePCL.raw.SQLITE_NOTADB or SQLitePCL.raw.SQLITE_CORRUPT => (SqliteDatabaseFileProblem.NotADatabase,
                $"The file '{Location}' is not a valid SQLite database; it was left untouched. Move it away or choose another data folder."),
            SQLitePCL.raw.SQLITE_BUSY or SQLitePCL.raw.SQLITE_LOCKED => (SqliteDatabaseFileProblem.Locked,
                $"The SQLite database '{Location}' is locked by another process."),
            SQLitePCL.raw.SQLITE_CANTOPEN or SQLitePCL.raw.SQLITE_READONLY or SQLitePCL.raw.SQLITE_PERM or SQLitePCL.raw.SQLITE_IOERR =>
                (SqliteDatabaseFileProblem.CannotOpen, $"The SQLite database '{Location}' cannot be opened for writing: {exception.Message}"),
            _ => null,
        };

    private static async Task<object?> ExecuteScalarAsync(DbConnection connection, string sql, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return await command.ExecuteScalarAsync(cancellationToken);
    }
}
