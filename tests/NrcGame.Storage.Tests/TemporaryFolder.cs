namespace NrcGame.Storage.Tests;

/// <summary>A fresh folder under the system temp folder, deleted on dispose.</summary>
internal sealed class TemporaryFolder : IDisposable
{
    public string Path { get; } = Directory.CreateTempSubdirectory("nrcgame-storage-").FullName;

    public void Dispose() => Directory.Delete(Path, recursive: true);
}
