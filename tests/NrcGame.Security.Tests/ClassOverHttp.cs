using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;

namespace NrcGame.Security.Tests;

/// <summary>
/// A class playing on a running <see cref="AppProcess"/> over HTTP, as browsers do: a game of
/// several teams created by its teacher, one student signed in per team, each team's decisions
/// submitted with a price of its own. Tokens stay valid across restarts and copies of the data folder
/// (the signing keys live in it).
/// </summary>
public sealed class ClassOverHttp
{
    private ClassOverHttp(string gameId, string teacherKey, string teacherToken, IReadOnlyDictionary<string, string> studentTokens)
    {
        GameId = gameId;
        TeacherKey = teacherKey;
        TeacherToken = teacherToken;
        StudentTokens = studentTokens;
    }

    /// <summary>The game.</summary>
    public string GameId { get; }

    /// <summary>The teacher key shown at creation.</summary>
    public string TeacherKey { get; }

    /// <summary>The teacher's token.</summary>
    public string TeacherToken { get; }

    /// <summary>One student's token per firm id.</summary>
    public IReadOnlyDictionary<string, string> StudentTokens { get; }

    /// <summary>The firm ids, in seat order.</summary>
    public IEnumerable<string> FirmIds => StudentTokens.Keys;

    /// <summary>
    /// Creates a game of <paramref name="teams"/> teams on <paramref name="app"/>, opens turn 1 (with a countdown of
    /// <paramref name="minutes"/>, none when null) and submits every team's decisions.
    /// </summary>
    public static async Task<ClassOverHttp> StartAsync(AppProcess app, int teams, int? minutes = null)
    {
        var created = await OkAsync(Client(app).PostAsJsonAsync("/api/games", new
        {
            scenarioId = "marche-standard",
            title = "Classe de BTS NRC",
            teamNames = Enumerable.Range(1, teams).Select(team => $"Équipe {team}").ToArray(),
        }));
        var gameId = created["gameId"]!.GetValue<string>();
        var teacherToken = created["teacherToken"]!.GetValue<string>();
        await OkAsync(Client(app, teacherToken).PostAsJsonAsync($"/api/games/{gameId}/start", new { minutes }));
        var students = new Dictionary<string, string>();
        foreach (var team in created["teams"]!.AsArray())
        {
            var joined = await OkAsync(Client(app).PostAsJsonAsync("/api/sessions/team",
                new { joinCode = team!["joinCode"]!.GetValue<string>(), displayName = $"Élève {students.Count + 1}" }));
            students[team["firmId"]!.GetValue<string>()] = joined["token"]!.GetValue<string>();
        }
        var game = new ClassOverHttp(gameId, created["teacherKey"]!.GetValue<string>(), teacherToken, students);
        await game.SubmitAllAsync(app, turn: 1);
        return game;
    }

    /// <summary>Every team submits its standing decisions for <paramref name="turn"/>, each with its own list price.</summary>
    public async Task SubmitAllAsync(AppProcess app, int turn)
    {
        var index = 0;
        foreach (var (firmId, token) in StudentTokens)
        {
            var student = Client(app, token);
            var decisions = (await OkAsync(student.GetAsync($"/api/games/{GameId}/firms/{firmId}/decisions")))["decisions"]!;
            decisions["pricing"]!["listPrice"]!["B2C_GP"] = 16.5m + index++ * 0.7m;
            await OkAsync(student.PutAsync($"/api/games/{GameId}/firms/{firmId}/decisions/{turn}",
                new StringContent(decisions.ToJsonString(), Encoding.UTF8, "application/json")));
        }
    }

    /// <summary>
    /// Everything the game shows its teacher and its teams, by address (HTTP status and body): the
    /// public view, the standings, each firm's decisions, results, sales team and distributor lines,
    /// and every distributor's and market segment's part of each resolved turn.
    /// </summary>
    /// <param name="app">The running app.</param>
    /// <param name="teacherToken">The teacher's token, when not the one issued at creation (e.g. after a restore into another data folder).</param>
    public async Task<SortedDictionary<string, string>> ReadEverythingAsync(AppProcess app, string? teacherToken = null)
    {
        var teacher = Client(app, teacherToken ?? TeacherToken);
        var market = await OkAsync(teacher.GetAsync($"/api/games/{GameId}/market"));
        var resolved = (await OkAsync(teacher.GetAsync($"/api/games/{GameId}")))["lastResolvedTurn"]!.GetValue<int>();
        var addresses = new List<string> { "", "/standings", "/market" };
        foreach (var firmId in FirmIds)
            addresses.AddRange(new[] { "decisions", "results", "sales-team", "distributors" }.Select(part => $"/firms/{firmId}/{part}"));
        for (var turn = 1; turn <= resolved; turn++)
        {
            addresses.AddRange(market["channels"]!.AsArray().Select(channel => $"/distributors/{channel!["id"]!.GetValue<string>()}/turns/{turn}"));
            addresses.AddRange(market["segments"]!.AsArray().Select(segment => $"/segments/{segment!["id"]!.GetValue<string>()}/turns/{turn}"));
        }
        var everything = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var address in addresses)
        {
            var response = await teacher.GetAsync($"/api/games/{GameId}{address}");
            everything[address] = $"{(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}";
        }
        return everything;
    }

    /// <summary>The teacher's client on <paramref name="app"/>.</summary>
    public HttpClient Teacher(AppProcess app) => Client(app, TeacherToken);

    /// <summary>A client of <paramref name="app"/>, with <paramref name="token"/> as bearer when given.</summary>
    public static HttpClient Client(AppProcess app, string? token = null)
    {
        var client = new HttpClient { BaseAddress = app.Url, Timeout = TimeSpan.FromSeconds(120) };
        if (token is not null) client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    /// <summary>The JSON body of a successful response; fails the test with the status and body otherwise.</summary>
    public static async Task<JsonNode> OkAsync(Task<HttpResponseMessage> request)
    {
        var response = await request;
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"{(int)response.StatusCode} {response.RequestMessage?.RequestUri}: {body}");
        return body.Length == 0 ? new JsonObject() : JsonNode.Parse(body)!;
    }
}
