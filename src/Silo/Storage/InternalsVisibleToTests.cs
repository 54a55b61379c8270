using System.Runtime.CompilerServices;

// The storage contract tests build providers over a dialect directly, as a PostgreSQL fixture will.
[assembly: InternalsVisibleTo("NrcGame.Storage.Tests")]
