using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;

// The failover test kills and restarts processes and waits for the cluster to recover; the smoke test loads the
// machine: they run one after the other, not side by side.
[assembly: CollectionBehavior(DisableTestParallelization = true)]

namespace NrcGame.Cluster.Tests;

/// <summary>
/// The load harness (scripts/loadtest) in a small configuration, as CI's smoke test: it starts the
/// embedded app, plays a turn with two classes of two one-student teams, measures the floor in the
/// same run, and prints its summary line. Speeds are not asserted (they are measured, not tested);
/// the line must be complete and its figures consistent.
/// </summary>
public sealed partial class LoadTestSmokeTests
{
    private static readonly TimeSpan RunTimeout = TimeSpan.FromMinutes(5);

    [Fact]
    public async Task A_small_load_test_plays_its_turns_and_prints_the_summary_line()
    {
        var harness = HarnessPath();
        var info = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            ArgumentList = { harness, "--games", "2", "--teams", "2", "--students", "1", "--turns", "2", "--window", "0", "--ports", FreePorts.Next().ToString(CultureInfo.InvariantCulture) },
        };
        using var process = Process.Start(info)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(RunTimeout);
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"The load harness did not finish within {RunTimeout}. Output:\n{await output}\n{await errors}");
        }

        var printed = await output;
        Assert.True(process.ExitCode == 0, $"exit code {process.ExitCode}. Output:\n{printed}\n{await errors}");
        var summary = SummaryLine().Match(printed);
        Assert.True(summary.Success, $"no summary line. Output:\n{printed}");
        double Figure(string name) => double.Parse(summary.Groups[name].Value, CultureInfo.InvariantCulture);
        Assert.Equal("2", summary.Groups["games"].Value);
        Assert.Equal("8", summary.Groups["clients"].Value); // per game: 2 students, the teacher and the projector
        Assert.All(["submit", "standings", "floor", "ratio"], name => Assert.True(Figure(name) > 0, $"{name} is not positive in: {summary.Value}"));
        Assert.Contains("(8 submissions)", printed, StringComparison.Ordinal); // 2 games × 2 students × 2 turns
    }

    private static string HarnessPath()
    {
        // tests/NrcGame.Cluster.Tests/bin/<configuration>/net10.0/ → tools/NrcGame.LoadTest/bin/<configuration>/net10.0/
        var output = new DirectoryInfo(Path.TrimEndingDirectorySeparator(AppContext.BaseDirectory));
        var configuration = output.Parent!.Name;
        var root = output.Parent.Parent!.Parent!.Parent!.Parent!.FullName;
        var harness = Path.Combine(root, "tools", "NrcGame.LoadTest", "bin", configuration, "net10.0", "NrcGame.LoadTest.dll");
        Assert.True(File.Exists(harness), $"The load harness is not built: {harness}");
        return harness;
    }

    [GeneratedRegex(@"^loadtest games=(?<games>\d+) clients=(?<clients>\d+) submit_p99_ms=(?<submit>[\d.]+) standings_p99_ms=(?<standings>[\d.]+) floor_p99_ms=(?<floor>[\d.]+) ratio=(?<ratio>[\d.]+) mem_per_game_kb=(?<mem>\d+)$", RegexOptions.Multiline)]
    private static partial Regex SummaryLine();
}
