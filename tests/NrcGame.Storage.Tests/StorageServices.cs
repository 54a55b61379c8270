using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using NrcGame.Grains;
using NrcGame.Silo.Storage;
using Orleans.Serialization;
using Orleans.Serialization.Serializers;
using Orleans.Storage;

namespace NrcGame.Storage.Tests;

/// <summary>Orleans' serializer and activators, built once, for providers created outside a silo.</summary>
internal static class StorageServices
{
    private static readonly ServiceProvider Services = new ServiceCollection().AddSerializer().BuildServiceProvider();

    public static IGrainStorageSerializer Serializer { get; } =
        new OrleansGrainStorageSerializer(Services.GetRequiredService<Serializer>());

    /// <summary>The silos' JSON grain state serializer, which the PostgreSQL backend (json) requires.</summary>
    public static IGrainStorageSerializer JsonSerializer { get; } =
        new ServiceCollection().AddSerializer().AddNrcGameStateSerializer().BuildServiceProvider().GetRequiredService<IGrainStorageSerializer>();

    public static IActivatorProvider Activators { get; } = Services.GetRequiredService<IActivatorProvider>();

    /// <summary>A SQLite provider named <paramref name="storageName"/> over <paramref name="databasePath"/>.</summary>
    public static RelationalGrainStorage CreateSqlite(string storageName, string databasePath, TimeSpan? busyTimeout = null) =>
        new(storageName, new SqliteDialect(databasePath, busyTimeout ?? TimeSpan.FromSeconds(30)), Serializer, Activators,
            NullLogger<RelationalGrainStorage>.Instance);

    /// <summary>A PostgreSQL provider named <paramref name="storageName"/> over the database of <paramref name="connectionString"/>.</summary>
    public static RelationalGrainStorage CreatePostgres(string storageName, string connectionString) =>
        new(storageName, new PostgresDialect(connectionString), JsonSerializer, Activators, NullLogger<RelationalGrainStorage>.Instance);
}
