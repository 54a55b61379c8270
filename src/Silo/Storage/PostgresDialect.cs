using System.Data.Common;
using Npgsql;

namespace NrcGame.Silo.Storage;

/// <summary>
/// Grain state in a PostgreSQL table whose payload column is <c>json</c> (cluster mode).
/// </summary>
/// <remarks>
/// <para>
/// Payload: the silo's grain state serializer writes JSON (System.Text.Json), so PostgreSQL keeps it
/// as <c>json</c>: an administrator can query a game in SQL (<c>payload->>'currentTurn'</c>) and the
/// database rejects a payload that is not JSON. <c>json</c>, not <c>jsonb</c>: <c>jsonb</c> re-sorts
/// object keys, so a dictionary in a state (a ledger's accounts, per-firm maps) would come back in
/// another enumeration order than it was written — a reloaded grain would then differ from the one
/// that wrote it, and anything iterating it (display order, a seeded computation) could change.
/// <c>json</c> keeps the exact text, so a state reads back byte for byte as with SQLite. The
/// statements convert between the provider's UTF-8 bytes and <c>json</c>
/// (<c>convert_from(@payload, 'UTF8')::json</c> and back), so <see cref="RelationalGrainStorage"/>
/// stays engine-agnostic. A serializer that does not write UTF-8 JSON cannot be used with this dialect.
/// </para>
/// <para>
/// Connections come from one <see cref="NpgsqlDataSource"/> (Npgsql's pool) per provider; the
/// default <c>synchronous_commit = on</c> makes every acknowledged write durable.
/// </para>
/// </remarks>
internal sealed class PostgresDialect : IStorageDialect
{
    private const string KeyFilter =
        "storage_name = @storage_name AND grain_type = @grain_type AND grain_id = @grain_id AND state_name = @state_name";

    // Two silos may start together: the advisory lock serializes CREATE TABLE IF NOT EXISTS, which
    // is not safe against itself in PostgreSQL.
    private const string CreateTableSql = """
        BEGIN;
        SELECT pg_advisory_xact_lock(hashtext('nrcgame.grain_state'));
        CREATE TABLE IF NOT EXISTS grain_state (
            storage_name text   NOT NULL,
            grain_type   text   NOT NULL,
            grain_id     text   NOT NULL,
            state_name   text   NOT NULL,
            payload      json   NULL,
            version      bigint NOT NULL,
            PRIMARY KEY (storage_name, grain_type, grain_id, state_name)
        );
        COMMIT;
        """;

    private const string PayloadTypeSql = """
        SELECT data_type FROM information_schema.columns
        WHERE table_schema = current_schema() AND table_name = 'grain_state' AND column_name = 'payload'
        """;

    private const string SchemaProbeSql =
        "SELECT storage_name, grain_type, grain_id, state_name, payload, version FROM grain_state LIMIT 0";

    private const string SelectRowSql =
        $"SELECT convert_to(payload::text, 'UTF8'), version FROM grain_state WHERE {KeyFilter}";

    private const string SelectVersionSql = $"SELECT version FROM grain_state WHERE {KeyFilter}";

    private const string InsertRowSql = """
        INSERT INTO grain_state (storage_name, grain_type, grain_id, state_name, payload, version)
        VALUES (@storage_name, @grain_type, @grain_id, @state_name, convert_from(@payload, 'UTF8')::json, 1)
        ON CONFLICT DO NOTHING
        RETURNING version
        """;

    private const string UpdateRowSql =
        $"UPDATE grain_state SET payload = convert_from(@payload, 'UTF8')::json, version = version + 1 WHERE {KeyFilter} AND version = @version RETURNING version";

    private const string DeleteRowSql =
        $"DELETE FROM grain_state WHERE {KeyFilter} AND version = @version RETURNING version";

    private const string ClearRowSql =
        $"UPDATE grain_state SET payload = NULL, version = version + 1 WHERE {KeyFilter} AND version = @version RETURNING version";

    private readonly NpgsqlDataSource _dataSource;

    /// <summary>Uses the PostgreSQL database of <paramref name="connectionString"/>.</summary>
    /// <param name="connectionString">An Npgsql connection string; the database must exist.</param>
    public PostgresDialect(string connectionString)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(connectionString);
        var builder = new NpgsqlConnectionStringBuilder(connectionString);
        Location = $"postgresql://{builder.Host}:{builder.Port}/{builder.Database}";
        _dataSource = NpgsqlDataSource.Create(builder);
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
        await using var connection = await _dataSource.OpenConnectionAsync(cancellationToken);
        await ExecuteScalarAsync(connection, CreateTableSql, cancellationToken);
        try
        {
            await ExecuteScalarAsync(connection, SchemaProbeSql, cancellationToken);
        }
        catch (PostgresException exception) when (exception.SqlState == PostgresErrorCodes.UndefinedColumn)
        {
            throw new InvalidOperationException(
                $"The PostgreSQL database {Location} has a grain_state table with unexpected columns: {exception.MessageText}", exception);
        }

        var payloadType = await ExecuteScalarAsync(connection, PayloadTypeSql, cancellationToken) as string;
        if (payloadType != "json")
        {
            throw new InvalidOperationException(
                $"The PostgreSQL database {Location} has a grain_state table whose payload column is '{payloadType}', not json.");
        }
    }

    /// <inheritdoc />
    public Task<WriterLease> BeginWriteAsync(CancellationToken cancellationToken) => Task.FromResult(WriterLease.Unlimited);

    /// <inheritdoc />
    public bool CommitsWritesTogether => false;

    /// <inheritdoc />
    public async Task<DbConnection> OpenConnectionAsync(CancellationToken cancellationToken) =>
        await _dataSource.OpenConnectionAsync(cancellationToken);

    /// <summary>Closes the pooled connections.</summary>
    public void Dispose() => _dataSource.Dispose();

    private static async Task<object?> ExecuteScalarAsync(DbConnection connection, string sql, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return await command.ExecuteScalarAsync(cancellationToken);
    }
}
