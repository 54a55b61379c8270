using System.Diagnostics;
using System.Globalization;

namespace NrcGame.LoadTest;

/// <summary>
/// The embedded app (web + silo + SQLite) started as its own process on loopback, on a fresh data
/// folder, with the join rate limit raised for the simulated classes; its memory and CPU are read
/// from <c>/proc</c>.
/// </summary>
internal sealed class AppUnderTest : IAsyncDisposable
{
    private readonly Process _process;
    private readonly string _dataFolder;

    private AppUnderTest(Process process, string dataFolder, Uri url)
    {
        _process = process;
        _dataFolder = dataFolder;
        Url = url;
    }

    /// <summary>Where the app listens.</summary>
    public Uri Url { get; }

    /// <summary>The app's process id.</summary>
    public int ProcessId => _process.Id;

    /// <summary>
    /// Starts the build of src/WebClient in the harness's own configuration (Release from scripts/loadtest)
    /// and waits for its ready line. It listens on <paramref name="firstPort"/> (HTTP) and the next two (silo, gateway).
    /// </summary>
    public static async Task<AppUnderTest> StartAsync(int joinAttemptsPerMinute, int firstPort)
    {
        var webClient = Path.Combine(RepositoryRoot(), "src", "WebClient");
        var configuration = new DirectoryInfo(Path.TrimEndingDirectorySeparator(AppContext.BaseDirectory)).Parent!.Name;
        var dll = Path.Combine(webClient, "bin", configuration, "net10.0", "NrcGame.WebClient.dll");
        if (!File.Exists(dll)) throw new FileNotFoundException($"Build the app in {configuration} first (scripts/loadtest does): {dll}");
        var dataFolder = Directory.CreateTempSubdirectory("nrcgame-loadtest-").FullName;
        var info = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = webClient,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            ArgumentList =
            {
                dll, $"--urls=http://127.0.0.1:{firstPort}", $"--NrcGame:DataFolder={dataFolder}",
                $"--NrcGame:SiloPort={firstPort + 1}", $"--NrcGame:GatewayPort={firstPort + 2}",
                $"--NrcGame:JoinAttemptsPerMinute={joinAttemptsPerMinute.ToString(CultureInfo.InvariantCulture)}",
            },
        };
        info.Environment["DOTNET_ENVIRONMENT"] = "Production";
        info.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        var process = Process.Start(info) ?? throw new InvalidOperationException("dotnet could not be started.");
        var ready = new TaskCompletionSource<Uri>(TaskCreationOptions.RunContinuationsAsynchronously);
        const string marker = "NRC Game est prêt : ";
        process.OutputDataReceived += (_, line) =>
        {
            if (line.Data?.IndexOf(marker, StringComparison.Ordinal) is >= 0 and var at) ready.TrySetResult(new Uri(line.Data[(at + marker.Length)..].Trim()));
        };
        process.ErrorDataReceived += (_, line) => { if (line.Data is not null) Console.Error.WriteLine($"[app] {line.Data}"); };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var first = await Task.WhenAny(ready.Task, process.WaitForExitAsync(), Task.Delay(TimeSpan.FromSeconds(90)));
        if (first != ready.Task)
        {
            process.Kill(entireProcessTree: true);
            throw new InvalidOperationException("The app did not print its URL within 90 s.");
        }

        return new AppUnderTest(process, dataFolder, await ready.Task);
    }

    /// <summary>Resident memory of the app process, in kilobytes (<c>VmRSS</c>).</summary>
    public long ResidentKilobytes()
    {
        var line = File.ReadLines($"/proc/{_process.Id}/status").First(l => l.StartsWith("VmRSS:", StringComparison.Ordinal));
        return long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture);
    }

    /// <summary>CPU time the app process has used so far (user + system).</summary>
    public TimeSpan CpuTime()
    {
        _process.Refresh();
        return _process.TotalProcessorTime;
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited) _process.Kill(entireProcessTree: true);
        await _process.WaitForExitAsync();
        _process.Dispose();
        Directory.Delete(_dataFolder, recursive: true);
    }

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "NrcGame.sln"))) return dir.FullName;
        throw new DirectoryNotFoundException("NrcGame.sln not found above the harness folder.");
    }
}
