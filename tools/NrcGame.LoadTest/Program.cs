using System.Diagnostics;
using System.Globalization;
using System.Text.Json.Nodes;
using NrcGame.LoadTest;

// Simulates classes against the embedded app on loopback while a bare SignalR server in this process
// broadcasts the same payload to groups of the same shape at the same moments (the floor), and ends
// with one summary line (see scripts/loadtest and the README).
var options = LoadTestOptions.Parse(args);
var setupParallelism = new ParallelOptions { MaxDegreeOfParallelism = 8 };
Console.WriteLine($"machine: {Environment.ProcessorCount} cores, {Environment.OSVersion}, .NET {Environment.Version}");

await using var app = await AppUnderTest.StartAsync(joinAttemptsPerMinute: 1_000_000, options.FirstPort);
await using var floor = await FloorServer.StartAsync(options.FirstPort + 3);
using var api = new ApiSession(app.Url);

// Warm-up classes (not counted) play a few turns first, so that start-up costs and the JIT's tiering of the hot paths
// (a method is recompiled optimized after 30 calls) are not attributed to the measured games: a server that has run
// a morning of classes is in that steady state. The view one of them receives is what the floor broadcasts (the
// size of the standings).
var warmUpOptions = options with { WindowSeconds = LoadTestOptions.WarmUpWindowSeconds };
var warmUps = await Task.WhenAll(Enumerable.Range(options.Games + 1, LoadTestOptions.WarmUpClasses)
    .Select(index => SimulatedClass.JoinAsync(api, app.Url, floor, warmUpOptions, index)));
for (var turn = 1; turn <= LoadTestOptions.WarmUpTurns; turn++)
{
    var warmUpTurn = turn;
    await Task.WhenAll(warmUps.Select(warmUp => warmUp.PlayTurnAsync(warmUpTurn, new JsonObject { ["lastResolvedTurn"] = 0 }, new Measurements())));
    if (LoadTestOptions.WarmUpPausesAfterTurns.Contains(turn)) await Task.Delay(LoadTestOptions.WarmUpSettling);
}
var floorView = JsonNode.Parse(warmUps[0].Connections[0].LastView!.Value.GetRawText())!;
foreach (var warmUp in warmUps) await warmUp.DisposeAsync();
var baselineKb = app.ResidentKilobytes();
var heapBefore = options.Heap ? await HeapReport.OfAsync(app.ProcessId) : null;

var classes = new SimulatedClass[options.Games];
var setup = Stopwatch.StartNew();
await Parallel.ForEachAsync(Enumerable.Range(1, options.Games), setupParallelism,
    async (index, _) => classes[index - 1] = await SimulatedClass.JoinAsync(api, app.Url, floor, options, index));
Console.WriteLine($"setup: {options.Games} games, {classes.Sum(c => c.Connections.Count)} connections to the app (and as many to the floor) in {setup.Elapsed.TotalSeconds:0.0} s");
await Task.Delay(LoadTestOptions.WarmUpSettling);

var measured = new Measurements();
var cpuBefore = app.CpuTime();
var play = Stopwatch.StartNew();
await Task.WhenAll(classes.Select(async (simulated, index) =>
{
    if (options.Staggered) await Task.Delay(TimeSpan.FromSeconds(options.WindowSeconds * new Random(index).NextDouble()));
    for (var turn = 1; turn <= options.Turns; turn++) await simulated.PlayTurnAsync(turn, floorView, measured);
}));
play.Stop();
var serverCpuPercent = (app.CpuTime() - cpuBefore).TotalMilliseconds / play.Elapsed.TotalMilliseconds * 100;
var memPerGameKb = Math.Max(0, app.ResidentKilobytes() - baselineKb) / (double)options.Games;
if (heapBefore is not null)
{
    var heapAfter = await HeapReport.OfAsync(app.ProcessId);
    Console.WriteLine($"live managed heap after a full GC: {heapBefore.TotalBytes / 1024} kB before the games, {heapAfter.TotalBytes / 1024} kB after, {(heapAfter.TotalBytes - heapBefore.TotalBytes) / 1024.0 / options.Games:0} kB per game; the types that grew most, per game:");
    foreach (var (type, bytes, count) in heapAfter.LargestGrowthSince(heapBefore).Take(30))
        Console.WriteLine($"  {bytes / 1024.0 / options.Games,8:0.0} kB {count / (double)options.Games,8:0} objects  {type}");
}
foreach (var simulated in classes) await simulated.DisposeAsync();

var clients = options.Games * options.ClientsPerGame;
var submitP99 = Percentiles.Of(measured.Submit, 99);
var standingsP99 = Percentiles.Of(measured.Standings, 99);
var floorP99 = Percentiles.Of(measured.Floor, 99);
string F(double value) => Percentiles.Format(value);
string P50P99(IReadOnlyCollection<double> samples) => $"p50={F(Percentiles.Of(samples, 50))} ms p99={F(Percentiles.Of(samples, 99))} ms";
Console.WriteLine($"submission window {options.WindowSeconds} s, classes starting {(options.Staggered ? "staggered over the first window" : "together")}; turns played: {measured.Standings.Count} in {play.Elapsed.TotalSeconds:0.0} s; payload {floorView.ToJsonString().Length} bytes; server CPU {F(serverCpuPercent)} % of one core while playing; server RSS {baselineKb} kB before the games");
Console.WriteLine($"submit {P50P99(measured.Submit)} ({measured.Submit.Count} submissions)");
Console.WriteLine($"standings {P50P99(measured.Standings)}; resolve reply {P50P99(measured.ResolveReply)}; floor {P50P99(measured.Floor)}");
Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
    $"loadtest games={options.Games} clients={clients} submit_p99_ms={F(submitP99)} standings_p99_ms={F(standingsP99)} floor_p99_ms={F(floorP99)} ratio={standingsP99 / floorP99:0.00} mem_per_game_kb={memPerGameKb:0}"));
