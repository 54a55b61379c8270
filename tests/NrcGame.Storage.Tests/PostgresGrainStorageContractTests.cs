using Orleans.Storage;

namespace NrcGame.Storage.Tests;

/// <summary>
/// The storage contract against a real PostgreSQL server started by the fixture, one schema per
/// test, with the game's own JSON state serializer (the payload column is json).
/// </summary>
public sealed class PostgresGrainStorageContractTests(PostgresFixture postgres) : GrainStorageContractTests, IClassFixture<PostgresFixture>
{
    private readonly string _schema = $"contract_{Guid.NewGuid():N}";
    private string? _connectionString;

    protected override IGrainStorage CreateStorage(string storageName) =>
        StorageServices.CreatePostgres(storageName, _connectionString ??= postgres.CreateSchema(_schema));

    protected override void DeleteStore()
    {
        if (_connectionString is not null) postgres.DropSchema(_schema);
    }
}
