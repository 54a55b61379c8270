namespace NrcGame.Silo.Hosting;

/// <summary>
/// Where and how NRC Game runs, bound from the <c>NrcGame</c> configuration section
/// (appsettings.json or environment variables such as <c>NrcGame__DataFolder</c>).
/// </summary>
public sealed class NrcGameHostingOptions
{
    /// <summary>The configuration section these options are bound from.</summary>
    public const string SectionName = "NrcGame";

    /// <summary>
    /// Folder holding the embedded SQLite file (<c>nrcgame.db</c>) and the token signing keys
    /// (front-ends of one cluster share the <c>keys</c> folder so that a token works on each).
    /// A relative path is resolved against the process's working directory.
    /// </summary>
    public string DataFolder { get; set; } = "data";

    /// <summary>Embedded (default: one process, SQLite) or Cluster (silos + web front-ends, Redis + PostgreSQL).</summary>
    public NrcGameMode Mode { get; set; } = NrcGameMode.Embedded;

    /// <summary>Port the silo uses to talk to other silos.</summary>
    public int SiloPort { get; set; } = 11111;

    /// <summary>Port external Orleans clients connect to.</summary>
    public int GatewayPort { get; set; } = 30000;

    /// <summary>Cluster mode: the Orleans cluster id; silos and front-ends of one deployment share it.</summary>
    public string ClusterId { get; set; } = "nrcgame";

    /// <summary>Cluster mode: the Orleans service id, stable across redeployments (it keys stored state).</summary>
    public string ServiceId { get; set; } = "nrcgame";

    /// <summary>
    /// Cluster mode: the IP address this silo announces to the others and to front-ends (its address on
    /// the network the cluster shares); the silo listens on all interfaces.
    /// </summary>
    public string AdvertisedAddress { get; set; } = "127.0.0.1";

    /// <summary>Cluster mode: StackExchange.Redis connection string of the membership store, e.g. <c>redis-host:6379</c>.</summary>
    public string RedisConnectionString { get; set; } = "";

    /// <summary>
    /// Cluster mode: Npgsql connection string of the grain state database, e.g.
    /// <c>Host=db-host;Database=nrcgame;Username=nrcgame;Password=…</c> (silos only).
    /// </summary>
    public string PostgresConnectionString { get; set; } = "";

    /// <summary>The data folder as an absolute path.</summary>
    public string DataFolderFullPath => Path.GetFullPath(DataFolder);

    /// <summary>The embedded SQLite database file (embedded mode).</summary>
    public string DatabasePath => Path.Combine(DataFolderFullPath, "nrcgame.db");
}
