using Orleans.Storage;

namespace NrcGame.Storage.Tests;

/// <summary>The storage contract against a real SQLite file in a temp folder, one file per test.</summary>
public sealed class SqliteGrainStorageContractTests : GrainStorageContractTests
{
    private readonly TemporaryFolder _folder = new();

    protected override IGrainStorage CreateStorage(string storageName) =>
        StorageServices.CreateSqlite(storageName, Path.Combine(_folder.Path, "data", "grains.db"));

    protected override void DeleteStore() => _folder.Dispose();
}
