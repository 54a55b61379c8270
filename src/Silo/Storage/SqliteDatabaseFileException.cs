namespace NrcGame.Silo.Storage;

/// <summary>
/// The SQLite database file cannot be used by the grain storage: it is not a SQLite database, it
/// is locked by another process, it cannot be opened for writing, or it holds an incompatible
/// <c>grain_state</c> table. The file is never modified when this is thrown.
/// </summary>
public sealed class SqliteDatabaseFileException : Exception
{
    /// <summary>Creates the exception for <paramref name="databasePath"/>.</summary>
    /// <param name="databasePath">Absolute path of the offending file.</param>
    /// <param name="problem">What is wrong with the file.</param>
    /// <param name="message">An English explanation for the logs.</param>
    /// <param name="innerException">The SQLite error that revealed the problem.</param>
    public SqliteDatabaseFileException(string databasePath, SqliteDatabaseFileProblem problem, string message, Exception? innerException)
        : base(message, innerException)
    {
        DatabasePath = databasePath;
        Problem = problem;
    }

    /// <summary>Absolute path of the database file.</summary>
    public string DatabasePath { get; }

    /// <summary>What is wrong with the file, so that a user interface can explain it in its own words.</summary>
    public SqliteDatabaseFileProblem Problem { get; }
}
