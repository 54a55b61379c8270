namespace NrcGame.Silo.Hosting;

/// <summary>How NRC Game's processes are laid out, set by <c>NrcGame:Mode</c>.</summary>
public enum NrcGameMode
{
    /// <summary>One process: the web app hosts a silo on localhost with grain state in a SQLite file.</summary>
    Embedded,

    /// <summary>
    /// Several processes, possibly on several machines: <c>src/Silo</c> processes form an Orleans
    /// cluster whose membership is kept in Redis and whose grain state is kept in PostgreSQL;
    /// <c>src/WebClient</c> processes join it as Orleans clients.
    /// </summary>
    Cluster,
}
