using Microsoft.Data.Sqlite;

namespace NrcGame.Silo.Storage;

/// <summary>
/// Online backup and checked restore of the embedded SQLite file. The backup uses SQLite's online
/// backup API (a consistent snapshot of every page, taken while the app keeps writing: WAL lets its
/// writers go on); the restore copies a checked backup into a data folder that has no database yet.
/// Neither ever overwrites a file.
/// </summary>
public static class SqliteBackup
{
    /// <summary>Copies the database at <paramref name="databasePath"/> into the new file <paramref name="target"/>; the number of grain rows copied.</summary>
    public static long Backup(string databasePath, string target)
    {
        if (!File.Exists(databasePath)) throw new SqliteBackupException($"Aucun fichier de données à sauvegarder : {databasePath} n'existe pas.");
        if (File.Exists(target)) throw new SqliteBackupException($"Le fichier {target} existe déjà : choisissez un autre nom (une sauvegarde n'écrase jamais un fichier).");
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(target))!);
        using (var source = Open(databasePath, SqliteOpenMode.ReadOnly))
        using (var copy = Open(target, SqliteOpenMode.ReadWriteCreate))
        {
            source.BackupDatabase(copy);
        }
        return Check(target);
    }

    /// <summary>Copies the backup <paramref name="backup"/>, once checked, to <paramref name="databasePath"/>, which must not exist; the number of grain rows restored.</summary>
    public static long Restore(string backup, string databasePath)
    {
        if (!File.Exists(backup)) throw new SqliteBackupException($"Sauvegarde introuvable : {backup}.");
        if (File.Exists(databasePath))
            throw new SqliteBackupException($"Le dossier de données contient déjà {databasePath} : déplacez-le (ou choisissez un dossier vide) avant de restaurer ; il n'est jamais écrasé.");
        var rows = Check(backup);
        Directory.CreateDirectory(Path.GetDirectoryName(databasePath)!);
        File.Copy(backup, databasePath);
        return rows;
    }

    /// <summary>Checks that <paramref name="path"/> is an intact NRC Game database; its number of grain rows.</summary>
    private static long Check(string path)
    {
        try
        {
            using var connection = Open(path, SqliteOpenMode.ReadWrite);
            using var integrity = connection.CreateCommand();
            integrity.CommandText = "PRAGMA integrity_check";
            if (integrity.ExecuteScalar() as string != "ok") throw new SqliteBackupException($"Le fichier {path} est endommagé (contrôle d'intégrité SQLite en échec).");
            using var count = connection.CreateCommand();
            count.CommandText = "SELECT count(*) FROM grain_state";
            return (long)count.ExecuteScalar()!;
        }
        catch (SqliteException exception)
        {
            throw new SqliteBackupException($"Le fichier {path} n'est pas une sauvegarde de NRC Game lisible : {exception.Message}", exception);
        }
    }

    private static SqliteConnection Open(string path, SqliteOpenMode mode)
    {
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Mode = mode, Pooling = false }.ToString());
        connection.Open();
        return connection;
    }
}
