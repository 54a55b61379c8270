using System.Data.Common;
using System.Globalization;
using Microsoft.Extensions.Logging;
using NrcGame.Grains;
using Orleans.Runtime;
using Orleans.Serialization.Serializers;
using Orleans.Storage;

namespace NrcGame.Silo.Storage;

/// <summary>
/// Orleans grain storage on one relational table, the engine being supplied by an
/// <see cref="IStorageDialect"/> (SQLite now, PostgreSQL later).
/// </summary>
/// <remarks>
/// <para>ETag = the row's version as a decimal string. Semantics, as Orleans expects them:</para>
/// <list type="bullet">
/// <item>Read of a missing row: state reset to its default, <c>RecordExists = false</c>, <c>ETag = null</c>.</item>
/// <item>Write with a null ETag inserts; it fails with <see cref="InconsistentStateException"/> if a row exists.</item>
/// <item>Write with an ETag updates only if the stored version equals it (one atomic
/// <c>UPDATE … WHERE version = @version</c>), otherwise <see cref="InconsistentStateException"/>.</item>
/// <item>On success the new ETag is set and <c>RecordExists = true</c>.</item>
/// </list>
/// <para>
/// Clear blanks the payload (sets it to <c>NULL</c>) and increments the version, with the same ETag
/// check as a write; it does not delete the row. Afterwards the state is reset to its default,
/// <c>RecordExists = false</c> and the ETag is the new version, exactly as Orleans' ADO.NET
/// provider does. Keeping the row keeps versions growing forever, so an activation holding an ETag
/// from before the clear can never match a row written after it (no ABA). A later read of a
/// cleared row behaves like a read of a missing row except that the ETag is the version; writes
/// after a clear use that ETag (Orleans passes it along by itself), and a null-ETag write fails.
/// Clear with a null ETag succeeds only if no row exists (nothing to clear).
/// </para>
/// <para>
/// With <c>DeleteStateOnClear</c> (NRC Game's silos, so that a deleted game leaves no row), clear deletes
/// the row under the same ETag check and leaves the grain with a null ETag, as if nothing had been stored.
/// </para>
/// </remarks>
internal sealed partial class RelationalGrainStorage : IGrainStorage, ILifecycleParticipant<ISiloLifecycle>, IDisposable
{
    private readonly string _name;
    private readonly IStorageDialect _dialect;
    private readonly IGrainStorageSerializer _serializer;
    private readonly IActivatorProvider _activators;
    private readonly ILogger _logger;
    private readonly SemaphoreSlim _initialization = new(1, 1);
    private readonly GroupCommit? _groupCommit;
    private readonly bool _deleteOnClear;
    private volatile bool _initialized;

    /// <summary>Creates the provider registered under <paramref name="name"/>.</summary>
    /// <param name="name">The provider name, also stored in each row's <c>storage_name</c>.</param>
    /// <param name="dialect">The database engine; disposed with this provider.</param>
    /// <param name="serializer">Turns states into payload bytes and back.</param>
    /// <param name="activators">Creates default states after a clear or a read of a missing row.</param>
    /// <param name="logger">Where initialization and ETag conflicts are reported.</param>
    /// <param name="deleteOnClear">Clear deletes the row instead of blanking it (see the options' <c>DeleteStateOnClear</c>).</param>
    public RelationalGrainStorage(string name, IStorageDialect dialect, IGrainStorageSerializer serializer,
        IActivatorProvider activators, ILogger<RelationalGrainStorage> logger, bool deleteOnClear = false)
    {
        _deleteOnClear = deleteOnClear;
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        _name = name;
        _dialect = dialect ?? throw new ArgumentNullException(nameof(dialect));
        _serializer = serializer ?? throw new ArgumentNullException(nameof(serializer));
        _activators = activators ?? throw new ArgumentNullException(nameof(activators));
        _logger = logger ?? throw new ArgumentNullException(nameof(logger));
        _groupCommit = dialect.CommitsWritesTogether ? new GroupCommit(dialect) : null;
    }

    /// <summary>
    /// Runs a storage operation; a failure of the database itself (the driver's <see cref="DbException"/>: server
    /// down, connection lost…) reaches the grain as a <see cref="DatabaseUnavailableException"/>, which Orleans can
    /// send to every caller (the driver's exceptions cannot be serialized) and the front-ends answer with 503.
    /// </summary>
    private static async Task WhileDatabaseAnswersAsync(Func<Task> operation)
    {
        try
        {
            await operation();
        }
        catch (DbException failure)
        {
            throw new DatabaseUnavailableException(failure);
        }
    }

    /// <summary>Validates the database and creates the schema when the silo starts, so a bad file stops the start.</summary>
    public void Participate(ISiloLifecycle lifecycle) =>
        lifecycle.Subscribe($"{nameof(RelationalGrainStorage)}-{_name}", ServiceLifecycleStage.ApplicationServices,
            cancellationToken => EnsureInitializedAsync(cancellationToken));

    /// <inheritdoc />
    public Task ReadStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState) =>
        ReadStateAsync(stateName, grainId, grainState, CancellationToken.None);

    /// <inheritdoc />
    public Task ReadStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState, CancellationToken cancellationToken) =>
        WhileDatabaseAnswersAsync(() => ReadRowAsync(stateName, grainId, grainState, cancellationToken));

    private async Task ReadRowAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState, CancellationToken cancellationToken)
    {
        var key = GrainStateKey.For(_name, stateName, grainId);
        await EnsureInitializedAsync(cancellationToken);
        await using var connection = await _dialect.OpenConnectionAsync(cancellationToken);
        await using var command = CreateCommand(connection, _dialect.ReadSql, key);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        if (!await reader.ReadAsync(cancellationToken))
        {
            Reset(grainState, etag: null);
            return;
        }

        var etag = ToETag(reader.GetInt64(1));
        if (await reader.IsDBNullAsync(0, cancellationToken))
        {
            Reset(grainState, etag);
            return;
        }

        var payload = await reader.GetFieldValueAsync<byte[]>(0, cancellationToken);
        grainState.State = _serializer.Deserialize<T>(new BinaryData(payload)) ?? CreateDefault<T>();
        grainState.ETag = etag;
        grainState.RecordExists = true;
    }

    /// <inheritdoc />
    public Task WriteStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState) =>
        WriteStateAsync(stateName, grainId, grainState, CancellationToken.None);

    /// <inheritdoc />
    public Task WriteStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState, CancellationToken cancellationToken) =>
        WhileDatabaseAnswersAsync(() => WriteRowAsync(stateName, grainId, grainState, cancellationToken));

    private async Task WriteRowAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState, CancellationToken cancellationToken)
    {
        var key = GrainStateKey.For(_name, stateName, grainId);
        var payload = _serializer.Serialize(grainState.State).ToArray();
        var etag = grainState.ETag;
        await EnsureInitializedAsync(cancellationToken);
        long? newVersion = null;
        if (etag is null || TryParseVersion(etag, out _))
        {
            RowWrite write = (connection, transaction) => WriteRowAsync(connection, transaction, key, payload, etag);
            newVersion = _groupCommit is not null ? await _groupCommit.RunAsync(write) : await WriteAloneAsync(write, cancellationToken);
        }

        if (newVersion is null)
        {
            await using var connection = await _dialect.OpenConnectionAsync(cancellationToken);
            throw await ConflictAsync(connection, "write", key, etag, cancellationToken);
        }

        grainState.ETag = ToETag(newVersion.Value);
        grainState.RecordExists = true;
    }

    /// <inheritdoc />
    public Task ClearStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState) =>
        ClearStateAsync(stateName, grainId, grainState, CancellationToken.None);

    /// <inheritdoc />
    public Task ClearStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState, CancellationToken cancellationToken) =>
        WhileDatabaseAnswersAsync(() => ClearRowAsync(stateName, grainId, grainState, cancellationToken));

    private async Task ClearRowAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState, CancellationToken cancellationToken)
    {
        var key = GrainStateKey.For(_name, stateName, grainId);
        await EnsureInitializedAsync(cancellationToken);
        using var lease = await _dialect.BeginWriteAsync(cancellationToken);
        await using var connection = await _dialect.OpenConnectionAsync(cancellationToken);
        if (grainState.ETag is null)
        {
            // Nothing was ever stored as far as the caller knows: fine if storage agrees.
            if (await ReadVersionAsync(connection, key, cancellationToken) is not null)
            {
                throw await ConflictAsync(connection, "clear", key, grainState.ETag, cancellationToken);
            }

            Reset(grainState, etag: null);
            return;
        }

        long? newVersion = null;
        if (TryParseVersion(grainState.ETag, out var expected))
        {
            await using var clear = CreateCommand(connection, _deleteOnClear ? _dialect.DeleteSql : _dialect.ClearSql, key);
            AddParameter(clear, "@version", expected);
            newVersion = await ExecuteVersionAsync(clear, cancellationToken);
        }

        if (newVersion is null)
        {
            throw await ConflictAsync(connection, "clear", key, grainState.ETag, cancellationToken);
        }

        Reset(grainState, _deleteOnClear ? null : ToETag(newVersion.Value));
    }

    /// <summary>Inserts the row (null <paramref name="etag"/>) or updates it where its version is <paramref name="etag"/>; the new version, or null.</summary>
    private async Task<long?> WriteRowAsync(DbConnection connection, DbTransaction? transaction, GrainStateKey key, byte[] payload, string? etag)
    {
        await using var command = CreateCommand(connection, etag is null ? _dialect.InsertSql : _dialect.UpdateSql, key);
        command.Transaction = transaction;
        AddParameter(command, "@payload", payload);
        if (etag is not null) AddParameter(command, "@version", long.Parse(etag, NumberStyles.None, CultureInfo.InvariantCulture));
        return await ExecuteVersionAsync(command, CancellationToken.None);
    }

    private async Task<long?> WriteAloneAsync(RowWrite write, CancellationToken cancellationToken)
    {
        using var lease = await _dialect.BeginWriteAsync(cancellationToken);
        await using var connection = await _dialect.OpenConnectionAsync(cancellationToken);
        return await write(connection, null);
    }

    /// <summary>Releases the dialect's connections.</summary>
    public void Dispose()
    {
        _dialect.Dispose();
        _initialization.Dispose();
    }

    private async Task EnsureInitializedAsync(CancellationToken cancellationToken)
    {
        if (_initialized)
        {
            return;
        }

        await _initialization.WaitAsync(cancellationToken);
        try
        {
            if (!_initialized)
            {
                await _dialect.InitializeAsync(cancellationToken);
                _initialized = true;
                LogReady(_name, _dialect.Location);
            }
        }
        finally
        {
            _initialization.Release();
        }
    }

    private void Reset<T>(IGrainState<T> grainState, string? etag)
    {
        grainState.State = CreateDefault<T>();
        grainState.ETag = etag;
        grainState.RecordExists = false;
    }

    private T CreateDefault<T>() => _activators.GetActivator<T>().Create();

    private async Task<InconsistentStateException> ConflictAsync(DbConnection connection, string operation, GrainStateKey key,
        string? currentETag, CancellationToken cancellationToken)
    {
        var stored = await ReadVersionAsync(connection, key, cancellationToken);
        var storedETag = stored is null ? null : ToETag(stored.Value);
        LogConflict(operation, key.ToString(), storedETag, currentETag);
        return new InconsistentStateException(
            $"ETag mismatch on {operation} of {key}: stored ETag is {storedETag ?? "none (no row)"}, given ETag is {currentETag ?? "none"}.",
            storedETag, currentETag);
    }

    private async Task<long?> ReadVersionAsync(DbConnection connection, GrainStateKey key, CancellationToken cancellationToken)
    {
        await using var command = CreateCommand(connection, _dialect.VersionSql, key);
        return await ExecuteVersionAsync(command, cancellationToken);
    }

    private static async Task<long?> ExecuteVersionAsync(DbCommand command, CancellationToken cancellationToken) =>
        await command.ExecuteScalarAsync(cancellationToken) switch
        {
            null or DBNull => null,
            var version => Convert.ToInt64(version, CultureInfo.InvariantCulture),
        };

    private static DbCommand CreateCommand(DbConnection connection, string sql, GrainStateKey key)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        AddParameter(command, "@storage_name", key.StorageName);
        AddParameter(command, "@grain_type", key.GrainType);
        AddParameter(command, "@grain_id", key.GrainKey);
        AddParameter(command, "@state_name", key.StateName);
        return command;
    }

    private static void AddParameter(DbCommand command, string name, object value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = value;
        command.Parameters.Add(parameter);
    }

    private static bool TryParseVersion(string etag, out long version) =>
        long.TryParse(etag, NumberStyles.None, CultureInfo.InvariantCulture, out version);

    private static string ToETag(long version) => version.ToString(CultureInfo.InvariantCulture);

    [LoggerMessage(Level = LogLevel.Information, Message = "Grain storage {Name} ready: {Location}")]
    private partial void LogReady(string name, string location);

    [LoggerMessage(Level = LogLevel.Warning,
        Message = "ETag conflict on {Operation} of {Key}: stored {StoredETag}, given {CurrentETag}")]
    private partial void LogConflict(string operation, string key, string? storedETag, string? currentETag);
}
