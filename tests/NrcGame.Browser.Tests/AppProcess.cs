using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace NrcGame.Browser.Tests;

/// <summary>
/// NRC Game started as a user starts it: the built WebClient as its own process, embedded silo,
/// SQLite file in a data folder of its own, on free loopback ports. It reports the URL it prints
/// at start-up, and can be stopped and started again on the same data folder.
/// </summary>
public sealed class AppProcess : IAsyncDisposable
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(90);
    private Process? process;
    private readonly List<string> output = [];

    private AppProcess(string dataFolder) => DataFolder = dataFolder;

    /// <summary>The data folder (SQLite file and keys) this app uses, kept across restarts.</summary>
    public string DataFolder { get; }

    /// <summary>The URL the app printed ("NRC Game est prêt : …").</summary>
    public Uri Url { get; private set; } = null!;

    /// <summary>Everything the process printed so far, for failure messages.</summary>
    public string Output { get { lock (output) return string.Join('\n', output); } }

    /// <summary>Starts the app on a fresh data folder.</summary>
    public static async Task<AppProcess> StartAsync()
    {
        var app = new AppProcess(Directory.CreateTempSubdirectory("nrcgame-app-").FullName);
        await app.StartAgainAsync();
        return app;
    }

    /// <summary>Starts the process (again) on the same data folder, with new ports.</summary>
    public async Task StartAgainAsync()
    {
        var root = RepositoryRoot();
        var webClient = Path.Combine(root, "src", "WebClient");
        var dll = Path.Combine(webClient, "bin", BuildConfiguration, "net10.0", "NrcGame.WebClient.dll");
        if (!File.Exists(dll)) throw new FileNotFoundException($"The WebClient must be built before the browser tests: {dll}");
        var info = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = webClient,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        // Command-line settings win over appsettings.json, as they would for an administrator.
        info.ArgumentList.Add(dll);
        info.ArgumentList.Add($"--urls=http://127.0.0.1:{FreePort()}");
        info.ArgumentList.Add($"--NrcGame:DataFolder={DataFolder}");
        info.ArgumentList.Add($"--NrcGame:SiloPort={FreePort()}");
        info.ArgumentList.Add($"--NrcGame:GatewayPort={FreePort()}");
        info.Environment["DOTNET_ENVIRONMENT"] = "Production";
        info.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";

        var ready = new TaskCompletionSource<Uri>(TaskCreationOptions.RunContinuationsAsynchronously);
        process = Process.Start(info) ?? throw new InvalidOperationException("dotnet could not be started");
        process.OutputDataReceived += (_, line) => OnLine(line.Data, ready);
        process.ErrorDataReceived += (_, line) => OnLine(line.Data, ready);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var exited = process.WaitForExitAsync();
        var first = await Task.WhenAny(ready.Task, exited, Task.Delay(StartTimeout));
        if (first != ready.Task) throw new InvalidOperationException($"NRC Game did not print its URL within {StartTimeout}. Output:\n{Output}");
        Url = await ready.Task;
    }

    /// <summary>Stops the process as Ctrl+C would (graceful shutdown) and waits for it to exit.</summary>
    public async Task StopAsync()
    {
        if (process is null || process.HasExited) return;
        Process.Start("kill", ["-TERM", process.Id.ToString()])!.WaitForExit();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        await process.WaitForExitAsync(timeout.Token);
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        if (process is { HasExited: false }) process.Kill(entireProcessTree: true);
        if (process is not null) await process.WaitForExitAsync();
        try { Directory.Delete(DataFolder, recursive: true); } catch (IOException) { }
    }

    private void OnLine(string? line, TaskCompletionSource<Uri> ready)
    {
        if (line is null) return;
        lock (output) output.Add(line);
        const string marker = "NRC Game est prêt : ";
        var at = line.IndexOf(marker, StringComparison.Ordinal);
        if (at >= 0) ready.TrySetResult(new Uri(line[(at + marker.Length)..].Trim()));
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static string BuildConfiguration =>
        AppContext.BaseDirectory.Contains($"{Path.DirectorySeparatorChar}Release{Path.DirectorySeparatorChar}") ? "Release" : "Debug";

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "NrcGame.sln"))) return dir.FullName;
        throw new DirectoryNotFoundException("NrcGame.sln not found above the test folder.");
    }
}
