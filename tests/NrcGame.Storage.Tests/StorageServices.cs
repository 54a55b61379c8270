using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
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

    public static IActivatorProvider Activators { get; } = Services.GetRequiredService<IActivatorProvider>();

    /// <summary>A SQLite provider named <paramref name="storageName"/> over <paramref name="databasePath"/>.</summary>
    public static RelationalGrainStorage CreateSqlite(string storageName, string databasePath, TimeSpan? busyTimeout = null) =>
        new(storageName, new SqliteDialect(databasePath, busyTimeout ?? TimeSpan.FromSeconds(30)), Serializer, Activators,
            NullLogger<RelationalGrainStorage>.Instance);
}
