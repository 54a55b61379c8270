using Orleans.Storage;

namespace NrcGame.Silo.Storage;

/// <summary>
/// Settings of one named SQLite grain storage provider, registered with
/// <see cref="SqliteGrainStorageSiloBuilderExtensions.AddSqliteGrainStorage"/>.
/// </summary>
public sealed class SqliteGrainStorageOptions : IStorageProviderSerializerOptions
{
    /// <summary>
    /// Path of the SQLite database file. A relative path is resolved against the process's working
    /// directory; the containing folder is created if missing. An existing file is never overwritten:
    /// if it is not a SQLite database the silo refuses to start.
    /// </summary>
    public string DatabasePath { get; set; } = "";

    /// <summary>
    /// When true, clearing a grain's state deletes its row (ETag-checked) instead of blanking the payload,
    /// so that nothing of it stays in the database (a deleted game). Versions then restart at 1 if the
    /// same grain is written again; NRC Game never reuses the key of a deleted game.
    /// </summary>
    public bool DeleteStateOnClear { get; set; }

    /// <summary>
    /// How long an operation waits for a lock held by another connection before failing.
    /// </summary>
    public TimeSpan BusyTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// Turns grain state into the bytes stored in the <c>payload</c> column. When left unset, the
    /// silo's <see cref="IGrainStorageSerializer"/> from dependency injection is used.
    /// </summary>
    public IGrainStorageSerializer GrainStorageSerializer { get; set; } = null!;
}
