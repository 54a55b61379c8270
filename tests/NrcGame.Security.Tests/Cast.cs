using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.SignalR.Client;

namespace NrcGame.Security.Tests;

/// <summary>
/// Real games on one app and a token for every <see cref="Caller"/>: game A (firms X and Y, its turn 1 open),
/// market 1 of tournament T, and game B (two firms), each with its teacher, A's projector, and the teachers of
/// tournament T and of another tournament U.
/// </summary>
public sealed class Cast
{
    private readonly NrcGameFactory app;
    private readonly Dictionary<Caller, string?> tokens;

    private Cast(NrcGameFactory app, string tournamentId, string gameId, string firmId, string otherFirmId, string teacherKey, Dictionary<Caller, string?> tokens)
    {
        this.app = app;
        TournamentId = tournamentId;
        GameId = gameId;
        FirmId = firmId;
        OtherFirmId = otherFirmId;
        TeacherKey = teacherKey;
        this.tokens = tokens;
    }

    /// <summary>Tournament T (game A is its market 1).</summary>
    public string TournamentId { get; }

    /// <summary>Game A.</summary>
    public string GameId { get; }

    /// <summary>Firm X of game A.</summary>
    public string FirmId { get; }

    /// <summary>Firm Y of game A.</summary>
    public string OtherFirmId { get; }

    /// <summary>The teacher key of game A.</summary>
    public string TeacherKey { get; }

    /// <summary>Creates both games and signs everyone in.</summary>
    public static async Task<Cast> AssembleAsync(NrcGameFactory app)
    {
        var anonymous = app.CreateClient();
        var tournamentT = await CreateTournamentAsync(anonymous);
        var tournamentU = await CreateTournamentAsync(anonymous);
        var gameA = tournamentT["markets"]![0]!;
        var teacherOfA = Text(await Ok(await anonymous.PostAsJsonAsync("/api/sessions/teacher", new { gameId = Text(gameA, "gameId"), teacherKey = Text(gameA, "teacherKey") })), "token");
        var gameB = await CreateGameAsync(anonymous, "Les Autres", "Les Derniers");
        var teacher = app.WithToken(teacherOfA);
        (await teacher.PostAsJsonAsync($"/api/games/{Text(gameA, "gameId")}/start", new { minutes = (int?)null })).EnsureSuccessStatusCode();
        var projector = await Ok(await teacher.PostAsync($"/api/games/{Text(gameA, "gameId")}/projector-token", null));
        var tokens = new Dictionary<Caller, string?>
        {
            [Caller.Anonymous] = null,
            [Caller.StudentOfTheFirm] = await JoinAsync(anonymous, gameA, 0, "Camille"),
            [Caller.StudentOfAnotherFirm] = await JoinAsync(anonymous, gameA, 1, "Yanis"),
            [Caller.StudentOfAnotherGame] = await JoinAsync(anonymous, gameB, 0, "Inès"),
            [Caller.TeacherOfTheGame] = teacherOfA,
            [Caller.TeacherOfAnotherGame] = Text(gameB, "teacherToken"),
            [Caller.Projector] = Text(projector, "token"),
            [Caller.TeacherOfTheTournament] = Text(tournamentT, "teacherToken"),
            [Caller.TeacherOfAnotherTournament] = Text(tournamentU, "teacherToken"),
        };
        var teams = gameA["teams"]!.AsArray();
        return new Cast(app, Text(tournamentT, "tournamentId"), Text(gameA, "gameId"), Text(teams[0]!, "firmId"), Text(teams[1]!, "firmId"), Text(gameA, "teacherKey"), tokens);
    }

    /// <summary>The token of <paramref name="caller"/>; null for <see cref="Caller.Anonymous"/>.</summary>
    public string? TokenOf(Caller caller) => tokens[caller];

    /// <summary>An HTTP client speaking as <paramref name="caller"/>.</summary>
    public HttpClient ClientOf(Caller caller) => app.WithToken(tokens[caller]);

    /// <summary>A started hub connection speaking as <paramref name="caller"/> (not anonymous).</summary>
    public async Task<HubConnection> HubOf(Caller caller)
    {
        var token = tokens[caller] ?? throw new ArgumentException("An anonymous caller cannot open the hub.", nameof(caller));
        var hub = new HubConnectionBuilder()
            .WithUrl(new Uri(app.Server.BaseAddress, NrcGame.WebClient.GameHub.Path), options =>
            {
                options.HttpMessageHandlerFactory = _ => app.Server.CreateHandler();
                options.AccessTokenProvider = () => Task.FromResult<string?>(token);
                options.Transports = Microsoft.AspNetCore.Http.Connections.HttpTransportType.LongPolling;
            })
            .Build();
        await hub.StartAsync();
        return hub;
    }

    private static async Task<JsonNode> CreateTournamentAsync(HttpClient anonymous) =>
        await Ok(await anonymous.PostAsJsonAsync("/api/tournaments", new
        {
            scenarioId = "marche-standard", title = "Tournoi de test",
            markets = new[] { new { teamNames = new[] { "Les Conquérants", "Les Prudents" } }, new { teamNames = new[] { "Les Rapides", "Les Sages" } } },
        }));

    private static async Task<JsonNode> CreateGameAsync(HttpClient anonymous, params string[] teams) =>
        await Ok(await anonymous.PostAsJsonAsync("/api/games", new { scenarioId = "marche-standard", title = "Classe de test", teamNames = teams }));

    private static async Task<string> JoinAsync(HttpClient anonymous, JsonNode game, int team, string name)
    {
        var code = Text(game["teams"]![team]!, "joinCode");
        return Text(await Ok(await anonymous.PostAsJsonAsync("/api/sessions/team", new { joinCode = code, displayName = name })), "token");
    }

    /// <summary>The JSON body of a successful response; fails with the body otherwise.</summary>
    public static async Task<JsonNode> Ok(HttpResponseMessage response)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"{(int)response.StatusCode} {response.RequestMessage?.RequestUri}: {body}");
        return JsonNode.Parse(body)!;
    }

    private static string Text(JsonNode node, string property) => node[property]!.GetValue<string>();
}
