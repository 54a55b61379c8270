namespace NrcGame.Silo.Hosting;

/// <summary>
/// The exclusive lock an embedded NRC Game holds on its data folder (file <c>nrcgame.lock</c>) while it
/// runs: a second app, or an administration command that hosts the grains itself, on the same folder
/// stops with a French message instead of running two silos on one SQLite file. The operating system
/// releases the lock when the process ends, even killed.
/// </summary>
public sealed class DataFolderLock : IDisposable
{
    /// <summary>Name of the lock file in the data folder.</summary>
    public const string FileName = "nrcgame.lock";

    private readonly FileStream file;

    private DataFolderLock(FileStream file) => this.file = file;

    /// <summary>Takes the lock of <paramref name="dataFolder"/> (created when missing), or throws <see cref="DataFolderInUseException"/>.</summary>
    public static DataFolderLock Acquire(string dataFolder)
    {
        Directory.CreateDirectory(dataFolder);
        var path = Path.Combine(dataFolder, FileName);
        try
        {
            return new DataFolderLock(new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None));
        }
        catch (IOException exception)
        {
            throw new DataFolderInUseException(
                $"Le dossier de données « {dataFolder} » est déjà utilisé par une autre instance de NRC Game (verrou {path}). " +
                "Arrêtez-la d'abord, ou choisissez un autre dossier (NrcGame:DataFolder).", exception);
        }
    }

    /// <summary>Releases the lock.</summary>
    public void Dispose() => file.Dispose();
}
