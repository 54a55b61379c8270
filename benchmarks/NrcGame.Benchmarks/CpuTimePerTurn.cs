using System.Diagnostics;
using NrcGame.Market;

namespace NrcGame.Benchmarks;

/// <summary>
/// CPU time of this process per turn resolution, in microseconds. On a machine shared with other
/// processes, wall-clock times grow with the queue for the cores; the CPU time a resolution consumes
/// does not, so it shows how the cost grows even when the elapsed times are noisy.
/// </summary>
internal static class CpuTimePerTurn
{
    /// <summary>Resolves <paramref name="input"/> until at least <paramref name="budget"/> of CPU time is used and returns the CPU time per resolution.</summary>
    public static double Measure(TurnInput input, TimeSpan budget)
    {
        using var process = Process.GetCurrentProcess();
        var before = process.TotalProcessorTime;
        var resolutions = 0;
        TimeSpan used;
        do
        {
            for (var i = 0; i < 10; i++) TurnResolver.Resolve(input);
            resolutions += 10;
            process.Refresh();
            used = process.TotalProcessorTime - before;
        }
        while (used < budget);
        return used.TotalMicroseconds / resolutions;
    }
}
