using System.Diagnostics;
using System.Text.Json.Nodes;

namespace NrcGame.LoadTest;

/// <summary>
/// One class on the app: a teacher and a projector following the game live, teams of students each
/// with their own token and SignalR connection. It plays full turns: every student submits the
/// team's decisions, the teacher resolves, and the turn ends when every connection has the standings.
/// Its twin group on the floor server (as many connections) receives a bare broadcast of the same
/// size at the moment the teacher resolves.
/// </summary>
internal sealed class SimulatedClass : IAsyncDisposable
{
    private readonly ApiSession _api;
    private readonly string _gameId;
    private readonly string _teacherToken;
    private readonly List<(string FirmId, string Token, JsonNode Decisions)> _students = [];
    private readonly List<LiveClient> _connections = [];
    private readonly Random _moments;
    private readonly TimeSpan _window;
    private readonly FloorServer _floor;
    private readonly string _floorGroup;
    private IReadOnlyList<LiveClient> _floorConnections = [];

    private SimulatedClass(ApiSession api, FloorServer floor, string gameId, string teacherToken, int index, TimeSpan window)
    {
        _moments = new Random(index);
        _window = window;
        _floor = floor;
        _floorGroup = $"class-{index}";
        _api = api;
        _gameId = gameId;
        _teacherToken = teacherToken;
    }

    /// <summary>Every SignalR connection of this class.</summary>
    public IReadOnlyList<LiveClient> Connections => _connections;

    /// <summary>Creates and starts a game, signs everyone in and connects them to the hub, and as many connections to the floor server.</summary>
    public static async Task<SimulatedClass> JoinAsync(ApiSession api, Uri app, FloorServer floor, LoadTestOptions options, int index)
    {
        var teamNames = Enumerable.Range(1, options.Teams).Select(team => $"Équipe {team}").ToArray();
        var created = await api.SendAsync(HttpMethod.Post, "/api/games", body: new { scenarioId = "marche-standard", title = $"Classe {index}", teamNames });
        var simulated = new SimulatedClass(api, floor, created["gameId"]!.GetValue<string>(), created["teacherToken"]!.GetValue<string>(),
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

        simulated._floorConnections = await floor.ConnectGroupAsync(simulated._floorGroup, simulated._connections.Count);
        return simulated;
    }

    /// <summary>
    /// Plays <paramref name="turn"/>: every student submits at a random moment of the window, then the
    /// teacher resolves while the floor server broadcasts <paramref name="floorView"/> to the class's
    /// floor group; every duration goes to <paramref name="measured"/>.
    /// </summary>
    public async Task PlayTurnAsync(int turn, JsonNode floorView, Measurements measured)
    {
        var moments = _students.Select(_ => _window * _moments.NextDouble()).ToArray();
        await Task.WhenAll(_students.Select(async (student, i) =>
        {
            await Task.Delay(moments[i]);
            var started = Stopwatch.GetTimestamp();
            await _api.SendAsync(HttpMethod.Put, $"/api/games/{_gameId}/firms/{student.FirmId}/decisions/{turn}", student.Token, student.Decisions);
            measured.Submit.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        }));

        var floor = _floor.BroadcastAsync(_floorGroup, _floorConnections, floorView, turn);
        var resolveStarted = Stopwatch.GetTimestamp();
        await _api.SendAsync(HttpMethod.Post, $"/api/games/{_gameId}/turns/current/resolve", _teacherToken);
        measured.ResolveReply.Add(Stopwatch.GetElapsedTime(resolveStarted).TotalMilliseconds);
        var arrivals = await Task.WhenAll(_connections.Select(connection => connection.ArrivalOf(turn))).WaitAsync(LoadTestOptions.StepTimeout);
        measured.Standings.Add(Stopwatch.GetElapsedTime(resolveStarted, arrivals.Max()).TotalMilliseconds);
        measured.Floor.Add((await floor).TotalMilliseconds);
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        foreach (var connection in _connections.Concat(_floorConnections)) await connection.DisposeAsync();
    }
}
