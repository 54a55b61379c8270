using System.Data.Common;

namespace NrcGame.Silo.Storage;

/// <summary>
/// What a database engine supplies so that <see cref="RelationalGrainStorage"/> can keep grain
/// state in it: connections, schema setup, and five statements over one <c>grain_state</c> table.
/// SQLite is implemented by <see cref="SqliteDialect"/>; a PostgreSQL dialect (Npgsql, <c>bytea</c>
/// payload, <c>bigint</c> version) implements the same members and passes the same contract tests.
/// </summary>
/// <remarks>
/// <para>
/// Table: key columns <c>storage_name</c>, <c>grain_type</c>, <c>grain_id</c>, <c>state_name</c>
/// (all non-null text), <c>payload</c> (nullable bytes: <c>NULL</c> marks a cleared state) and
/// <c>version</c> (non-null 64-bit integer, starting at 1 and growing by one on every write or clear).
/// </para>
/// <para>
/// Every statement identifies the row with the parameters <c>@storage_name</c>, <c>@grain_type</c>,
/// <c>@grain_id</c> and <c>@state_name</c>; statements that change a row are single atomic
/// statements returning the new version as their only column, or no row when nothing was changed.
/// </para>
/// </remarks>
internal interface IStorageDialect : IDisposable
{
    /// <summary>Where the data lives, for logs and error messages (never contains a password).</summary>
    string Location { get; }

    /// <summary>
    /// Validates the database and creates the table if missing. Throws a clear exception when the
    /// database cannot be used, without modifying it. Safe to call more than once.
    /// </summary>
    Task InitializeAsync(CancellationToken cancellationToken);

    /// <summary>
    /// Waits until this process may write (each write or clear runs inside one lease). SQLite allows
    /// one writer per file: queueing writers here, asynchronously, replaces SQLite's busy-wait
    /// (sleeping threads, retries) under load. PostgreSQL returns <see cref="WriterLease.Unlimited"/>.
    /// </summary>
    Task<WriterLease> BeginWriteAsync(CancellationToken cancellationToken);

    /// <summary>
    /// True when concurrent writes are to be committed together by <see cref="GroupCommit"/> (one flush
    /// to disk for all): an engine with one writer per file that flushes every commit (SQLite). False
    /// when writers run side by side, each in its own commit (PostgreSQL).
    /// </summary>
    bool CommitsWritesTogether { get; }

    /// <summary>Opens a connection configured for durable writes; the caller disposes it.</summary>
    Task<DbConnection> OpenConnectionAsync(CancellationToken cancellationToken);

    /// <summary>Selects <c>payload, version</c> of the row, or no row.</summary>
    string ReadSql { get; }

    /// <summary>Selects <c>version</c> of the row, or no row.</summary>
    string VersionSql { get; }

    /// <summary>
    /// Inserts the row with <c>@payload</c> and version 1 unless a row with that key exists;
    /// returns the new version, or no row when the key was taken.
    /// </summary>
    string InsertSql { get; }

    /// <summary>
    /// Sets <c>payload = @payload</c> and increments the version only where <c>version = @version</c>;
    /// returns the new version, or no row.
    /// </summary>
    string UpdateSql { get; }

    /// <summary>
    /// Sets <c>payload</c> to <c>NULL</c> and increments the version only where <c>version = @version</c>;
    /// returns the new version, or no row.
    /// </summary>
    string ClearSql { get; }

    /// <summary>Deletes the row only where <c>version = @version</c>; returns the deleted version, or no row.</summary>
    string DeleteSql { get; }
}
