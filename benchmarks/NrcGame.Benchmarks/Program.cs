using System.Globalization;
using BenchmarkDotNet.Running;
using NrcGame.Benchmarks;

// Runs the turn-resolution benchmark (BenchmarkDotNet arguments pass through, e.g. --job short) and ends with
// one machine-readable line: "resolve-turn mean_us=<mean µs> alloc_kb=<allocated KB per turn>".
var summary = BenchmarkRunner.Run<ResolveTurnBenchmark>(args: args);
var report = summary.Reports.FirstOrDefault(item => item.ResultStatistics is not null);
if (report is null)
{
    Console.Error.WriteLine("resolve-turn: the benchmark produced no result");
    return 1;
}
var meanMicroseconds = report.ResultStatistics!.Mean / 1000.0;
var allocatedKilobytes = (report.GcStats.GetBytesAllocatedPerOperation(report.BenchmarkCase) ?? 0) / 1024.0;
Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"resolve-turn mean_us={meanMicroseconds:F1} alloc_kb={allocatedKilobytes:F1}"));
return 0;
