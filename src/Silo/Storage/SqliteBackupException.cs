namespace NrcGame.Silo.Storage;

/// <summary>A backup or restore of the SQLite file that could not be done; the message says why, in French.</summary>
public sealed class SqliteBackupException : Exception
{
    /// <summary>Creates the exception with its French message.</summary>
    public SqliteBackupException(string message) : base(message) { }

    /// <summary>Creates the exception with its French message and the SQLite error behind it.</summary>
    public SqliteBackupException(string message, Exception inner) : base(message, inner) { }
}
