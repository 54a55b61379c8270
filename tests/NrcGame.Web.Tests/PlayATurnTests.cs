using System.Net.Http.Json;
using Microsoft.Extensions.DependencyInjection;
using System.Net;
using System.Text.Json.Nodes;
using System.Threading.Channels;
using Microsoft.AspNetCore.SignalR.Client;
using NrcGame.Grains.Games;

namespace NrcGame.Web.Tests;

/// <summary>A first turn through the real HTTP API, tokens and SignalR hub.</summary>
public sealed class PlayATurnTests : IClassFixture<NrcGameFactory>
{
    private readonly NrcGameFactory factory;

    public PlayATurnTests(NrcGameFactory factory) => this.factory = factory;

    private async Task<Created> CreateGame(params string[] teams)
    {
        var response = await factory.CreateClient().PostJson("/api/games", new { scenarioId = "marche-standard", title = "BTS NRC 1re année", teamNames = teams });
        var created = await response.ReadOk<Created>();
        var started = await factory.WithToken(created.TeacherToken).PostJson($"/api/games/{created.GameId}/start", new { minutes = (int?)null });
        Assert.Equal(GameStatus.TurnOpen, (await started.ReadOk<GameSummary>()).Status);
        return created;
    }

    private async Task<Grant> Join(string code, string name) =>
        await (await factory.CreateClient().PostJson("/api/sessions/team", new { joinCode = code, displayName = name })).ReadOk<Grant>();

    private HubConnection Hub(string token) =>
        new HubConnectionBuilder()
            .WithUrl(new Uri(factory.Server.BaseAddress, "/hubs/game"), options =>
            {
                options.HttpMessageHandlerFactory = _ => factory.Server.CreateHandler();
                options.AccessTokenProvider = () => Task.FromResult<string?>(token);
                options.Transports = Microsoft.AspNetCore.Http.Connections.HttpTransportType.LongPolling;
            })
            .AddJsonProtocol(json => json.PayloadSerializerOptions = ApiClient.Json)
            .Build();

    [Fact]
    public async Task Two_teams_play_a_turn_and_both_receive_the_standings_live()
    {
        var game = await CreateGame("Les Conquérants", "Les Prudents");
        var alpha = await Join(game.Teams[0].JoinCode, "Camille");
        var beta = await Join(game.Teams[1].JoinCode.ToLowerInvariant(), "Yanis");
        Assert.Equal(("f1", game.GameId), (alpha.FirmId, alpha.GameId));
        Assert.Equal("f2", beta.FirmId);

        var updates = new Dictionary<string, Channel<GameSummary>>();
        var hubs = new List<HubConnection>();
        foreach (var token in new[] { alpha.Token, beta.Token })
        {
            var channel = Channel.CreateUnbounded<GameSummary>();
            var hub = Hub(token);
            hub.On<GameSummary>("gameChanged", summary => channel.Writer.TryWrite(summary));
            await hub.StartAsync();
            hubs.Add(hub);
            updates[token] = channel;
        }
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        foreach (var channel in updates.Values)
            Assert.Equal(0, (await channel.Reader.ReadAsync(timeout.Token)).LastResolvedTurn);

        var alphaClient = factory.WithToken(alpha.Token);
        var decisions = await alphaClient.GetFromJsonAsyncOk($"/api/games/{game.GameId}/firms/f1/decisions");
        var body = decisions["decisions"]!.AsObject();
        body["pricing"]!["listPrice"]!["B2C_GP"] = 18.5m;
        var submit = await alphaClient.PutAsync($"/api/games/{game.GameId}/firms/f1/decisions/1", JsonContent(body));
        Assert.Equal(HttpStatusCode.NoContent, submit.StatusCode);
        var afterSubmit = await alphaClient.GetFromJsonAsyncOk($"/api/games/{game.GameId}/firms/f1/decisions");
        Assert.True(afterSubmit["submitted"]!.GetValue<bool>());
        Assert.Equal("Camille", afterSubmit["submittedBy"]!.GetValue<string>());
        Assert.Equal(18.5m, afterSubmit["decisions"]!["pricing"]!["listPrice"]!["B2C_GP"]!.GetValue<decimal>());

        var teacher = factory.WithToken(game.TeacherToken);
        var notANumber = await teacher.PostAsync($"/api/games/{game.GameId}/turns/current/resolve?turn=premier", null);
        Assert.Contains((await ReadError(notANumber, HttpStatusCode.BadRequest)).Errors, e => e.Field == "turn" && e.Message.Contains("Trimestre"));
        var resolve = await teacher.PostAsync($"/api/games/{game.GameId}/turns/current/resolve?turn=1", null);
        var resolved = await resolve.ReadOk<GameSummary>();
        Assert.Equal(1, resolved.LastResolvedTurn);
        // The same click sent again (its answer lost) does not resolve quarter 2.
        var again = await teacher.PostAsync($"/api/games/{game.GameId}/turns/current/resolve?turn=1", null);
        Assert.Contains((await ReadError(again, HttpStatusCode.Conflict)).Errors, e => e.Field == "turn" && e.Message.Contains("déjà résolu"));
        Assert.Equal(1, (await teacher.GetFromJsonAsync<GameSummary>($"/api/games/{game.GameId}", ApiClient.Json))!.LastResolvedTurn);

        foreach (var channel in updates.Values)
        {
            GameSummary summary;
            do summary = await channel.Reader.ReadAsync(timeout.Token);
            while (summary.LastResolvedTurn < 1);
            Assert.Equal(2, summary.Standings.Count);
            Assert.Equal(["Les Conquérants", "Les Prudents"], summary.Standings.Select(row => row.Name).Order());
        }
        var results = await alphaClient.GetFromJsonAsyncOk($"/api/games/{game.GameId}/firms/f1/results");
        Assert.Equal(1, results.AsArray().Single()!["turn"]!.GetValue<int>());
        foreach (var hub in hubs) await hub.DisposeAsync();
    }

    [Fact]
    public async Task Out_of_range_and_malformed_decisions_get_french_messages_naming_the_field_and_change_nothing()
    {
        var game = await CreateGame("A", "B");
        var alpha = await Join(game.Teams[0].JoinCode, "Camille");
        var client = factory.WithToken(alpha.Token);
        var decisions = (await client.GetFromJsonAsyncOk($"/api/games/{game.GameId}/firms/f1/decisions"))["decisions"]!.AsObject();
        decisions["pricing"]!["paymentTermsDays"] = 120;

        var outOfRange = await client.PutAsync($"/api/games/{game.GameId}/firms/f1/decisions/1", JsonContent(decisions));
        var error = await ReadError(outOfRange, HttpStatusCode.BadRequest);
        Assert.Contains(error.Errors, e => e.Field == "pricing.paymentTermsDays" && e.Message.Contains("120") && e.Message.Contains("60"));

        var malformed = await client.PutAsync($"/api/games/{game.GameId}/firms/f1/decisions/1",
            new StringContent("""{"pricing": {"paymentTermsDays": "trente"}}""", System.Text.Encoding.UTF8, "application/json"));
        var parseError = await ReadError(malformed, HttpStatusCode.BadRequest);
        Assert.Contains(parseError.Errors, e => e.Field.Contains("paymentTermsDays") && e.Message.Contains("illisible"));

        var notJson = await client.PutAsync($"/api/games/{game.GameId}/firms/f1/decisions/1",
            new StringContent("<html>", System.Text.Encoding.UTF8, "application/json"));
        await ReadError(notJson, HttpStatusCode.BadRequest);

        var after = await client.GetFromJsonAsyncOk($"/api/games/{game.GameId}/firms/f1/decisions");
        Assert.False(after["submitted"]!.GetValue<bool>());
    }

    [Fact]
    public async Task Unknown_codes_wrong_keys_and_invalid_setups_are_refused_in_french()
    {
        var unknownCode = await factory.CreateClient().PostJson("/api/sessions/team", new { joinCode = "ZZZZ-ZZZZ-ZZZZ-ZZ", displayName = "Léa" });
        Assert.Contains((await ReadError(unknownCode, HttpStatusCode.BadRequest)).Errors, e => e.Field == "joinCode" && e.Message.Contains("inconnu"));

        var noName = await factory.CreateClient().PostJson("/api/sessions/team", new { joinCode = "ABCD", displayName = "  " });
        Assert.Contains((await ReadError(noName, HttpStatusCode.BadRequest)).Errors, e => e.Field == "displayName");

        var game = await CreateGame("A", "B");
        var wrongKey = await factory.CreateClient().PostJson("/api/sessions/teacher", new { gameId = game.GameId, teacherKey = "PAS-LA-BONNE-CLE" });
        Assert.Contains((await ReadError(wrongKey, HttpStatusCode.BadRequest)).Errors, e => e.Field == "teacherKey");
        var rightKey = await factory.CreateClient().PostJson("/api/sessions/teacher", new { gameId = game.GameId, teacherKey = game.TeacherKey });
        Assert.Equal(game.GameId, (await rightKey.ReadOk<Grant>()).GameId);

        var oneTeam = await factory.CreateClient().PostJson("/api/games", new { scenarioId = "marche-standard", title = "Solo", teamNames = new[] { "Seule" } });
        Assert.Contains((await ReadError(oneTeam, HttpStatusCode.BadRequest)).Errors, e => e.Field == "teamNames" && e.Message.Contains("2"));
        var noScenario = await factory.CreateClient().PostJson("/api/games", new { scenarioId = "inexistant", title = "X", teamNames = new[] { "A", "B" } });
        Assert.Contains((await ReadError(noScenario, HttpStatusCode.BadRequest)).Errors, e => e.Field == "scenarioId");
    }

    [Fact]
    public async Task A_team_token_reaches_only_its_own_firm_and_only_the_teacher_resolves()
    {
        var game = await CreateGame("A", "B");
        var other = await CreateGame("C", "D");
        var alpha = factory.WithToken((await Join(game.Teams[0].JoinCode, "Camille")).Token);

        Assert.Equal(HttpStatusCode.Forbidden, (await alpha.GetAsync($"/api/games/{game.GameId}/firms/f2/decisions")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await alpha.GetAsync($"/api/games/{game.GameId}/firms/f2/results")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await alpha.GetAsync($"/api/games/{game.GameId}/firms/f2/draft")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await alpha.GetAsync($"/api/games/{game.GameId}/firms/f2/history")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await alpha.PostAsync($"/api/games/{game.GameId}/turns/current/resolve", null)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await alpha.GetAsync($"/api/games/{other.GameId}")).StatusCode);
        var teacherOfOther = factory.WithToken(other.TeacherToken);
        Assert.Equal(HttpStatusCode.Forbidden, (await teacherOfOther.PostAsync($"/api/games/{game.GameId}/turns/current/resolve", null)).StatusCode);
        var teacher = factory.WithToken(game.TeacherToken);
        Assert.Equal(HttpStatusCode.Forbidden, (await teacher.PutAsync($"/api/games/{game.GameId}/firms/f1/decisions/1", JsonContent(new JsonObject()))).StatusCode);
        var anonymous = await factory.CreateClient().GetAsync($"/api/games/{game.GameId}");
        var refused = await ReadError(anonymous, HttpStatusCode.Unauthorized);
        Assert.Contains("code d'équipe", refused.Title);
        var forged = await factory.WithToken("pas-un-jeton").GetAsync($"/api/games/{game.GameId}");
        Assert.Equal(HttpStatusCode.Unauthorized, forged.StatusCode);
    }

    [Fact]
    public async Task The_teacher_runs_the_clock_and_students_withdraw_while_only_the_teacher_controls_turns()
    {
        var game = await CreateGame("A", "B");
        var teacher = factory.WithToken(game.TeacherToken);
        var student = factory.WithToken((await Join(game.Teams[1].JoinCode, "Inès")).Token);

        var timed = await (await teacher.PutAsync($"/api/games/{game.GameId}/countdown", JsonContent(new JsonObject { ["minutes"] = 15 }))).ReadOk<GameSummary>();
        Assert.NotNull(timed.Deadline);
        var tooLong = await teacher.PutAsync($"/api/games/{game.GameId}/countdown", JsonContent(new JsonObject { ["minutes"] = 5000 }));
        Assert.Contains((await ReadError(tooLong, HttpStatusCode.BadRequest)).Errors, e => e.Field == "minutes" && e.Message.Contains("480"));
        foreach (var command in new[] { "start", "pause", "resume", "turns/last/rollback", "countdown/extend" })
            Assert.Equal(HttpStatusCode.Forbidden, (await student.PostAsync($"/api/games/{game.GameId}/{command}", JsonContent(new JsonObject()))).StatusCode);

        Assert.Equal(GameStatus.Paused, (await (await teacher.PostAsync($"/api/games/{game.GameId}/pause", null)).ReadOk<GameSummary>()).Status);
        var decisions = (await student.GetFromJsonAsyncOk($"/api/games/{game.GameId}/firms/f2/decisions"))["decisions"]!;
        var paused = await student.PutAsync($"/api/games/{game.GameId}/firms/f2/decisions/1", JsonContent(decisions));
        Assert.Contains("pause", (await ReadError(paused, HttpStatusCode.Conflict)).Errors.Single().Message);
        await teacher.PostAsync($"/api/games/{game.GameId}/resume", null);

        Assert.Equal(HttpStatusCode.NoContent, (await student.PutAsync($"/api/games/{game.GameId}/firms/f2/decisions/1", JsonContent(decisions))).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await student.DeleteAsync($"/api/games/{game.GameId}/firms/f2/decisions/1")).StatusCode);
        var history = (await student.GetFromJsonAsyncOk($"/api/games/{game.GameId}/firms/f2/history")).AsArray();
        Assert.Equal(["Submitted", "Withdrawn"], history.Select(record => record!["action"]!.GetValue<string>()));
        Assert.Equal(HttpStatusCode.Forbidden, (await student.GetAsync($"/api/games/{game.GameId}/firms/f1/history")).StatusCode);

        var reissued = await (await teacher.PostAsync($"/api/games/{game.GameId}/firms/f1/join-code", null)).ReadOk<Team>();
        Assert.NotEqual(game.Teams[0].JoinCode, reissued.JoinCode);
        var oldCode = await factory.CreateClient().PostJson("/api/sessions/team", new { joinCode = game.Teams[0].JoinCode, displayName = "Zoé" });
        Assert.Contains((await ReadError(oldCode, HttpStatusCode.BadRequest)).Errors, e => e.Field == "joinCode");
        Assert.Equal("f1", (await Join(reissued.JoinCode, "Zoé")).FirmId);
        Assert.Equal(HttpStatusCode.Forbidden, (await student.PostAsync($"/api/games/{game.GameId}/firms/f2/join-code", null)).StatusCode);

        var rollbackTooEarly = await teacher.PostAsync($"/api/games/{game.GameId}/turns/last/rollback", null);
        Assert.Contains("Aucun trimestre résolu", (await ReadError(rollbackTooEarly, HttpStatusCode.Conflict)).Errors.Single().Message);
    }

    [Fact]
    public async Task Draft_edits_through_the_hub_reach_teammates_only()
    {
        var game = await CreateGame("A", "B");
        var camille = await Join(game.Teams[0].JoinCode, "Camille");
        var leo = await Join(game.Teams[0].JoinCode, "Léo");
        var rival = await Join(game.Teams[1].JoinCode, "Rival");
        var received = new Dictionary<string, Channel<JsonElementChange>>();
        var hubs = new List<HubConnection>();
        foreach (var grant in new[] { camille, leo, rival })
        {
            var channel = Channel.CreateUnbounded<JsonElementChange>();
            var hub = Hub(grant.Token);
            hub.On<JsonElementChange>("draftChanged", change => channel.Writer.TryWrite(change));
            await hub.StartAsync();
            hubs.Add(hub);
            received[grant.Token] = channel;
        }
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));

        var result = await hubs[0].InvokeAsync<JsonElementResult>("EditDraft", 1, "remuneration.commissionRate", "0.06", timeout.Token);
        Assert.Null(result.Error);
        var seenByLeo = await received[leo.Token].Reader.ReadAsync(timeout.Token);
        Assert.Equal(("remuneration.commissionRate", "0.06", "Camille"), (seenByLeo.Path, seenByLeo.ValueJson, seenByLeo.Author));

        var refused = await hubs[1].InvokeAsync<JsonElementResult>("EditDraft", 1, "remuneration.commissionRate", "\"six\"", timeout.Token);
        Assert.Contains("type incorrect", refused.Error);
        var draft = await factory.WithToken(leo.Token).GetFromJsonAsyncOk($"/api/games/{game.GameId}/firms/f1/draft");
        Assert.Equal(0.06m, draft["decisions"]!["remuneration"]!["commissionRate"]!.GetValue<decimal>());
        Assert.Equal("Camille", draft["fields"]!["remuneration.commissionRate"]!["author"]!.GetValue<string>());

        // The rival team's connection received nothing: wait for its own edit to come back, then check.
        await hubs[2].InvokeAsync<JsonElementResult>("EditDraft", 1, "pricing.paymentTermsDays", "40", timeout.Token);
        var own = await received[rival.Token].Reader.ReadAsync(timeout.Token);
        Assert.Equal("pricing.paymentTermsDays", own.Path);
        Assert.False(received[rival.Token].Reader.TryRead(out _));
        foreach (var hub in hubs) await hub.DisposeAsync();
    }

    /// <summary>The hub's draft change as a test reads it.</summary>
    public sealed record JsonElementChange(int Turn, string Path, string ValueJson, int Version, string Author);

    /// <summary>The hub's answer to an edit.</summary>
    public sealed record JsonElementResult(JsonElementChange? Change, string? Error);

    [Fact]
    public async Task The_home_page_is_served_in_french()
    {
        var html = await factory.CreateClient().GetStringAsync("/");
        Assert.Contains("lang=\"fr\"", html);
        Assert.Contains("NRC Game", html);
    }

    private static StringContent JsonContent(JsonNode body) =>
        new(body.ToJsonString(), System.Text.Encoding.UTF8, "application/json");

    private static async Task<Error> ReadError(HttpResponseMessage response, HttpStatusCode expected)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(expected == response.StatusCode, $"expected {expected}, got {(int)response.StatusCode}: {body}");
        return System.Text.Json.JsonSerializer.Deserialize<Error>(body, ApiClient.Json)!;
    }
}

/// <summary>JSON reads that show the body on failure.</summary>
public static class JsonReads
{
    /// <summary>GETs <paramref name="path"/> and parses the body, failing with it on a non-success status.</summary>
    public static async Task<JsonNode> GetFromJsonAsyncOk(this HttpClient client, string path)
    {
        var response = await client.GetAsync(path);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"{path} → {(int)response.StatusCode}: {body}");
        return JsonNode.Parse(body)!;
    }
}
