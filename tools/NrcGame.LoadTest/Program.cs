using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Text.Json.Nodes;
using NrcGame.LoadTest;

// Simulates classes against the embedded app on loopback, then measures the bare SignalR floor,
// and ends with one summary line (see scripts/loadtest and the README).
var options = LoadTestOptions.Parse(args);
var setupParallelism = new ParallelOptions { MaxDegreeOfParallelism = 8 };
Console.WriteLine($"machine: {Environment.ProcessorCount} cores, {Environment.OSVersion}, .NET {Environment.Version}");

await using var app = await AppUnderTest.StartAsync(joinAttemptsPerMinute: 1_000_000);
using var api = new ApiSession(app.Url);

// A warm-up class (not counted) so that start-up costs are not attributed to the measured games.
await using (var warmUp = await SimulatedClass.JoinAsync(api, app.Url, options, 0))
    await warmUp.PlayTurnAsync(1, Stopwatch.GetTimestamp(), [], []);
var baselineKb = app.ResidentKilobytes();

var joined = new ConcurrentBag<SimulatedClass>();
var setup = Stopwatch.StartNew();
await Parallel.ForEachAsync(Enumerable.Range(1, options.Games), setupParallelism,
    async (index, _) => joined.Add(await SimulatedClass.JoinAsync(api, app.Url, options, index)));
var classes = joined.ToArray();
Console.WriteLine($"setup: {options.Games} games, {classes.Sum(c => c.Connections.Count)} connections in {setup.Elapsed.TotalSeconds:0.0} s");

var submitMs = new ConcurrentBag<double>();
var standingsMs = new ConcurrentBag<double>();
var cpuBefore = app.CpuTime();
var play = Stopwatch.StartNew();
var playOrigin = Stopwatch.GetTimestamp();
await Task.WhenAll(classes.Select(async simulated =>
{
    for (var turn = 1; turn <= options.Turns; turn++) await simulated.PlayTurnAsync(turn, playOrigin, submitMs, standingsMs);
}));
play.Stop();
var serverCpuPercent = (app.CpuTime() - cpuBefore).TotalMilliseconds / play.Elapsed.TotalMilliseconds * 100;
var memPerGameKb = Math.Max(0, app.ResidentKilobytes() - baselineKb) / (double)options.Games;
var view = JsonNode.Parse(classes.First().Connections[0].LastView!.Value.GetRawText())!;
foreach (var simulated in classes) await simulated.DisposeAsync();

// The floor: the same groups, connections and payload size on a bare SignalR server, each group
// broadcasting at the moments its class's teacher resolved, so that both see the same overlap.
var floorMs = new ConcurrentBag<double>();
await using (var floor = await FloorServer.StartAsync())
{
    var groups = new IReadOnlyList<LiveClient>[classes.Length];
    await Parallel.ForEachAsync(Enumerable.Range(0, classes.Length), setupParallelism,
        async (index, _) => groups[index] = await floor.ConnectGroupAsync($"g{index}", options.ClientsPerGame));
    var floorOrigin = Stopwatch.GetTimestamp();
    await Task.WhenAll(classes.Select(async (simulated, index) =>
    {
        for (var turn = 1; turn <= options.Turns; turn++)
        {
            var wait = simulated.ResolveMoments[turn - 1] - Stopwatch.GetElapsedTime(floorOrigin);
            if (wait > TimeSpan.Zero) await Task.Delay(wait);
            await floor.BroadcastAsync($"g{index}", groups[index], view, turn, floorMs);
        }
    }));
    foreach (var client in groups.SelectMany(group => group)) await client.DisposeAsync();
}

var clients = options.Games * options.ClientsPerGame;
var submitP99 = Percentiles.Of(submitMs, 99);
var standingsP99 = Percentiles.Of(standingsMs, 99);
var floorP99 = Percentiles.Of(floorMs, 99);
string F(double value) => Percentiles.Format(value);
Console.WriteLine($"submission window {options.WindowSeconds} s; turns played: {standingsMs.Count} in {play.Elapsed.TotalSeconds:0.0} s; payload {view.ToJsonString().Length} bytes; server CPU {F(serverCpuPercent)} % of one core while playing; server RSS {baselineKb} kB before the games");
Console.WriteLine($"submit p50={F(Percentiles.Of(submitMs, 50))} ms p99={F(submitP99)} ms ({submitMs.Count} submissions)");
Console.WriteLine($"standings p50={F(Percentiles.Of(standingsMs, 50))} ms p99={F(standingsP99)} ms; floor p50={F(Percentiles.Of(floorMs, 50))} ms p99={F(floorP99)} ms");
Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
    $"loadtest games={options.Games} clients={clients} submit_p99_ms={F(submitP99)} standings_p99_ms={F(standingsP99)} floor_p99_ms={F(floorP99)} ratio={standingsP99 / floorP99:0.00} mem_per_game_kb={memPerGameKb:0}"));
