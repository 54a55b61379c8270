namespace NrcGame.Silo.Storage;

/// <summary>Why a SQLite database file was refused at startup.</summary>
public enum SqliteDatabaseFileProblem
{
    /// <summary>The file exists but is not a SQLite database (or is corrupt).</summary>
    NotADatabase,

    /// <summary>Another process holds a lock on the file longer than the busy timeout.</summary>
    Locked,

    /// <summary>The file or its folder cannot be opened or created for writing.</summary>
    CannotOpen,

    /// <summary>The database has a <c>grain_state</c> table whose columns are not the expected ones.</summary>
    IncompatibleSchema,
}
