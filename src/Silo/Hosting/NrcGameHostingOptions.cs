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
    /// Folder holding the embedded SQLite file (<c>nrcgame.db</c>) and the token signing keys.
    /// A relative path is resolved against the process's working directory.
    /// </summary>
    public string DataFolder { get; set; } = "data";

    /// <summary>Port the silo uses to talk to other silos (localhost clustering).</summary>
    public int SiloPort { get; set; } = 11111;

    /// <summary>Port external Orleans clients connect to.</summary>
    public int GatewayPort { get; set; } = 30000;

    /// <summary>The data folder as an absolute path.</summary>
    public string DataFolderFullPath => Path.GetFullPath(DataFolder);

    /// <summary>The embedded SQLite database file.</summary>
    public string DatabasePath => Path.Combine(DataFolderFullPath, "nrcgame.db");
}
