using NrcGame.Silo.Hosting;

namespace NrcGame.WebClient.Hosting;

/// <summary>
/// Holds the embedded app's <see cref="DataFolderLock"/> from start to shutdown; registered before the
/// silo, so a second instance on the same folder stops before it touches the SQLite file.
/// </summary>
public sealed class DataFolderLockService(string dataFolder) : IHostedService, IDisposable
{
    private DataFolderLock? folderLock;

    /// <inheritdoc />
    public Task StartAsync(CancellationToken cancellationToken)
    {
        folderLock = DataFolderLock.Acquire(dataFolder);
        return Task.CompletedTask;
    }

    /// <inheritdoc />
    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    /// <inheritdoc />
    public void Dispose() => folderLock?.Dispose();
}
