using Orleans.Storage;

namespace NrcGame.Silo.Storage;

/// <summary>
/// Settings of one named PostgreSQL grain storage provider, registered with
/// <see cref="PostgresGrainStorageSiloBuilderExtensions.AddPostgresGrainStorage"/>.
/// </summary>
public sealed class PostgresGrainStorageOptions : IStorageProviderSerializerOptions
{
    /// <summary>
    /// Npgsql connection string of an existing database, e.g.
    /// <c>Host=db;Port=5432;Database=nrcgame;Username=nrcgame;Password=…</c>. The <c>grain_state</c>
    /// table is created in it when missing.
    /// </summary>
    public string ConnectionString { get; set; } = "";

    /// <summary>
    /// When true, clearing a grain's state deletes its row (ETag-checked) instead of blanking the payload,
    /// so that nothing of it stays in the database (a deleted game). Versions then restart at 1 if the
    /// same grain is written again; NRC Game never reuses the key of a deleted game.
    /// </summary>
    public bool DeleteStateOnClear { get; set; }

    /// <summary>
    /// Turns grain state into the UTF-8 JSON stored in the <c>json</c> payload column. When left
    /// unset, the silo's <see cref="IGrainStorageSerializer"/> from dependency injection is used; it
    /// must write JSON (NRC Game's silos use System.Text.Json).
    /// </summary>
    public IGrainStorageSerializer GrainStorageSerializer { get; set; } = null!;
}
