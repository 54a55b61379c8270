using System.Globalization;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;
using NrcGame.Benchmarks;

// "scaling" as first argument runs the firm-count scaling benchmark (4, 8, 16, 32 firms) and ends with one line per
// firm count plus the fitted growth exponents; otherwise the classroom-scale turn benchmark runs and ends with
// "resolve-turn mean_us=<mean µs> alloc_kb=<allocated KB per turn>". Other arguments pass to BenchmarkDotNet (e.g. --job short).
var scaling = args.FirstOrDefault() == "scaling";
var summary = scaling
    ? BenchmarkRunner.Run<EngineScalingBenchmark>(args: args[1..])
    : BenchmarkRunner.Run<ResolveTurnBenchmark>(args: args);
var reports = summary.Reports.Where(item => item.ResultStatistics is not null).ToList();
if (reports.Count == 0)
{
    Console.Error.WriteLine("The benchmark produced no result.");
    return 1;
}

double MeanMicroseconds(BenchmarkReport report) => report.ResultStatistics!.Mean / 1000.0;
double MinMicroseconds(BenchmarkReport report) => report.ResultStatistics!.Min / 1000.0;
double AllocatedKilobytes(BenchmarkReport report) => (report.GcStats.GetBytesAllocatedPerOperation(report.BenchmarkCase) ?? 0) / 1024.0;
string Line(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);

if (!scaling)
{
    Console.WriteLine(Line($"resolve-turn mean_us={MeanMicroseconds(reports[0]):F1} alloc_kb={AllocatedKilobytes(reports[0]):F1}"));
    return 0;
}

var points = reports
    .Select(report => (Firms: Convert.ToDouble(report.BenchmarkCase.Parameters["Firms"], CultureInfo.InvariantCulture), Report: report))
    .OrderBy(point => point.Firms)
    .ToList();
// A first pass lets tiered compilation finish (its background compiling would count as this process's CPU time).
foreach (var point in points) CpuTimePerTurn.Measure(MidGameTurn.For((int)point.Firms), TimeSpan.FromSeconds(1));
var cpuMicroseconds = points.Select(point => CpuTimePerTurn.Measure(MidGameTurn.For((int)point.Firms), TimeSpan.FromSeconds(3))).ToList();
foreach (var ((firms, report), cpu) in points.Zip(cpuMicroseconds))
{
    Console.WriteLine(Line(
        $"engine-scaling firms={firms} mean_us={MeanMicroseconds(report):F1} min_us={MinMicroseconds(report):F1} cpu_us={cpu:F1} cpu_us_per_firm={cpu / firms:F1} alloc_kb={AllocatedKilobytes(report):F1}"));
}
string Exponent(IEnumerable<double> costs) => Line($"{GrowthFit.Exponent(points.Zip(costs, (point, cost) => (point.Firms, cost)).ToList()):F2}");
Console.WriteLine($"engine-scaling growth exponent (1 = linear, 2 = quadratic): mean={Exponent(points.Select(point => MeanMicroseconds(point.Report)))} min={Exponent(points.Select(point => MinMicroseconds(point.Report)))} cpu={Exponent(cpuMicroseconds)} alloc={Exponent(points.Select(point => AllocatedKilobytes(point.Report)))}");
return 0;
