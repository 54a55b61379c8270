using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text.Json.Nodes;

namespace NrcGame.LoadTest;

/// <summary>
/// One class on the app: a teacher and a projector following the game live, teams of students each
/// with their own token and SignalR connection. It plays full turns: every student submits the
/// team's decisions, the teacher resolves, and the turn ends when every connection has the standings.
/// </summary>
internal sealed class SimulatedClass : IAsyncDisposable
{
    private readonly ApiSession _api;
    private readonly string _gameId;
    private readonly string _teacherToken;
    private readonly List<(string FirmId, string Token, JsonNode Decisions)> _students = [];
    private readonly List<LiveClient> _connections = [];
    private readonly List<TimeSpan> _resolveMoments = [];
    private readonly Random _moments;
    private readonly TimeSpan _window;

    private SimulatedClass(ApiSession api, string gameId, string teacherToken, int index, TimeSpan window)
    {
        _moments = new Random(index);
        _window = window;
        _api = api;
        _gameId = gameId;
        _teacherToken = teacherToken;
    }

    /// <summary>Every SignalR connection of this class.</summary>
    public IReadOnlyList<LiveClient> Connections => _connections;

    /// <summary>When the teacher asked for each resolution, from the origin given to <see cref="PlayTurnAsync"/>; the floor replays them.</summary>
    public IReadOnlyList<TimeSpan> ResolveMoments => _resolveMoments;

    /// <summary>Creates and starts a game, signs everyone in and connects them to the hub.</summary>
    public static async Task<SimulatedClass> JoinAsync(ApiSession api, Uri app, LoadTestOptions options, int index)
    {
        var teamNames = Enumerable.Range(1, options.Teams).Select(team => $"Équipe {team}").ToArray();
        var created = await api.SendAsync(HttpMethod.Post, "/api/games", body: new { scenarioId = "marche-standard", title = $"Classe {index}", teamNames });
        var simulated = new SimulatedClass(api, created["gameId"]!.GetValue<string>(), created["teacherToken"]!.GetValue<string>(),
            index, TimeSpan.FromSeconds(options.WindowSeconds));
        await api.SendAsync(HttpMethod.Post, $"/api/games/{simulated._gameId}/start", simulated._teacherToken, new { minutes = (int?)null });
        var projector = await api.SendAsync(HttpMethod.Post, $"/api/games/{simulated._gameId}/projector-token", simulated._teacherToken);

        var hub = new Uri(app, "/hubs/game");
        simulated._connections.Add(await LiveClient.ConnectAsync(hub, simulated._teacherToken));
        simulated._connections.Add(await LiveClient.ConnectAsync(hub, projector["token"]!.GetValue<string>()));
        foreach (var team in created["teams"]!.AsArray())
        {
            var firmId = team!["firmId"]!.GetValue<string>();
            JsonNode? decisions = null;
            for (var student = 1; student <= options.StudentsPerTeam; student++)
            {
                var grant = await api.SendAsync(HttpMethod.Post, "/api/sessions/team",
                    body: new { joinCode = team["joinCode"]!.GetValue<string>(), displayName = $"Élève {student}" });
                var token = grant["token"]!.GetValue<string>();
                decisions ??= (await api.SendAsync(HttpMethod.Get, $"/api/games/{simulated._gameId}/firms/{firmId}/decisions", token))["decisions"]!;
                simulated._students.Add((firmId, token, decisions));
                simulated._connections.Add(await LiveClient.ConnectAsync(hub, token));
            }
        }

        return simulated;
    }

    /// <summary>
    /// Plays <paramref name="turn"/>: every student submits at a random moment of the window, each
    /// submission's latency is recorded in <paramref name="submitMs"/>,
    /// and the time from the teacher's resolve to the last connection holding the standings in <paramref name="standingsMs"/>.
    /// </summary>
    /// <param name="turn">The open turn.</param>
    /// <param name="origin">The <see cref="Stopwatch"/> timestamp <see cref="ResolveMoments"/> count from.</param>
    /// <param name="submitMs">Where submission latencies go.</param>
    /// <param name="standingsMs">Where resolve-to-last-client times go.</param>
    public async Task PlayTurnAsync(int turn, long origin, ConcurrentBag<double> submitMs, ConcurrentBag<double> standingsMs)
    {
        var moments = _students.Select(_ => _window * _moments.NextDouble()).ToArray();
        await Task.WhenAll(_students.Select(async (student, i) =>
        {
            await Task.Delay(moments[i]);
            var started = Stopwatch.GetTimestamp();
            await _api.SendAsync(HttpMethod.Put, $"/api/games/{_gameId}/firms/{student.FirmId}/decisions/{turn}", student.Token, student.Decisions);
            submitMs.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        }));

        var resolveStarted = Stopwatch.GetTimestamp();
        _resolveMoments.Add(Stopwatch.GetElapsedTime(origin, resolveStarted));
        await _api.SendAsync(HttpMethod.Post, $"/api/games/{_gameId}/turns/current/resolve", _teacherToken);
        var arrivals = await Task.WhenAll(_connections.Select(connection => connection.ArrivalOf(turn))).WaitAsync(LoadTestOptions.StepTimeout);
        standingsMs.Add(Stopwatch.GetElapsedTime(resolveStarted, arrivals.Max()).TotalMilliseconds);
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        foreach (var connection in _connections) await connection.DisposeAsync();
    }
}
