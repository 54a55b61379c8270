namespace NrcGame.Testing;

/// <summary>
/// NRC Game started as a user starts it: the built WebClient as its own process, embedded silo,
/// SQLite file in a data folder of its own, on free loopback ports. It reports the URL it prints
/// at start-up, and can be stopped (SIGTERM) or killed (SIGKILL) and started again on the same data folder.
/// </summary>
public sealed class AppProcess : IAsyncDisposable
{
    private readonly IReadOnlyList<string> settings;
    private readonly List<NodeProcess> runs = [];

    private AppProcess(string dataFolder, IReadOnlyList<string> settings)
    {
        DataFolder = dataFolder;
        this.settings = settings;
    }

    /// <summary>The data folder (SQLite file and keys) this app uses, kept across restarts.</summary>
    public string DataFolder { get; }

    /// <summary>The SQLite file of the embedded silo.</summary>
    public string DatabasePath => Path.Combine(DataFolder, "nrcgame.db");

    /// <summary>The URL the app printed ("NRC Game est prêt : …").</summary>
    public Uri Url { get; private set; } = null!;

    /// <summary>Everything the process printed so far, across restarts, for failure messages.</summary>
    public string Output => string.Join('\n', runs.Select(run => run.Output));

    /// <summary>Starts the app on <paramref name="dataFolder"/> (a fresh one when null), with extra <c>--key=value</c> settings.</summary>
    public static async Task<AppProcess> StartAsync(string? dataFolder = null, params string[] settings)
    {
        var app = new AppProcess(dataFolder ?? Directory.CreateTempSubdirectory("nrcgame-app-").FullName, settings);
        await app.StartAgainAsync();
        return app;
    }

    /// <summary>Starts the process (again) on the same data folder, with new ports.</summary>
    public async Task StartAgainAsync()
    {
        var info = BuiltProject.StartInfo("WebClient", "NrcGame.WebClient.dll");
        // Command-line settings win over appsettings.json, as they would for an administrator.
        info.ArgumentList.Add($"--urls=http://127.0.0.1:{FreePorts.Next()}");
        info.ArgumentList.Add($"--NrcGame:DataFolder={DataFolder}");
        info.ArgumentList.Add($"--NrcGame:SiloPort={FreePorts.Next()}");
        info.ArgumentList.Add($"--NrcGame:GatewayPort={FreePorts.Next()}");
        foreach (var setting in settings) info.ArgumentList.Add(setting);
        var run = new NodeProcess($"NRC Game (run {runs.Count + 1})", info, ReadyMarker);
        runs.Add(run);
        await run.StartAsync();
        Url = new Uri(run.ReadyLine[(run.ReadyLine.IndexOf(ReadyMarker, StringComparison.Ordinal) + ReadyMarker.Length)..].Trim());
    }

    /// <summary>Kills the process with SIGKILL the moment it prints a line containing <paramref name="text"/>, and waits for it to be gone.</summary>
    public Task KillWhenPrintedAsync(string text) => runs[^1].KillWhenPrintedAsync(text);

    /// <summary>
    /// Runs an administration command of the app (<c>NrcGame.WebClient.dll admin …</c>) on this app's data
    /// folder, as an administrator would in a terminal, and returns its exit code and everything it printed.
    /// </summary>
    public Task<(int ExitCode, string Output)> RunAdminAsync(params string[] words) => RunAdminAsync(DataFolder, words);

    /// <summary>Runs an administration command of the app on <paramref name="dataFolder"/>, where no app needs to run.</summary>
    public static async Task<(int ExitCode, string Output)> RunAdminAsync(string dataFolder, params string[] words)
    {
        var info = BuiltProject.StartInfo("WebClient", "NrcGame.WebClient.dll");
        info.ArgumentList.Add("admin");
        foreach (var word in words) info.ArgumentList.Add(word);
        info.ArgumentList.Add($"--NrcGame:DataFolder={dataFolder}");
        info.ArgumentList.Add($"--NrcGame:SiloPort={FreePorts.Next()}");
        info.ArgumentList.Add($"--NrcGame:GatewayPort={FreePorts.Next()}");
        info.RedirectStandardOutput = info.RedirectStandardError = true;
        using var process = System.Diagnostics.Process.Start(info)!;
        var printed = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, await printed + await errors);
    }

    /// <summary>Stops the process as Ctrl+C would (graceful shutdown) and waits for it to exit.</summary>
    public Task StopAsync() => runs[^1].StopAsync();

    /// <summary>Kills the process with SIGKILL, as a power cut or a crash would, and waits for it to be gone.</summary>
    public Task KillAsync() => runs[^1].KillAsync();

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        foreach (var run in runs) await run.DisposeAsync();
        try { Directory.Delete(DataFolder, recursive: true); } catch (IOException) { }
    }

    private const string ReadyMarker = "NRC Game est prêt : ";
}
