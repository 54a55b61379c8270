using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace NrcGame.Browser.Tests;

/// <summary>
/// Stopping NRC Game after a resolved turn and starting it again on the same data folder shows the
/// same game, decisions and results: everything lives in the SQLite file.
/// </summary>
public sealed class RestartTests : IAsyncLifetime
{
    private AppProcess app = null!;

    public async Task InitializeAsync() => app = await AppProcess.StartAsync();

    public async Task DisposeAsync() => await app.DisposeAsync();

    private HttpClient Client(string? token = null)
    {
        var client = new HttpClient { BaseAddress = app.Url, Timeout = TimeSpan.FromSeconds(60) };
        if (token is not null) client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    private static async Task<JsonNode> Ok(Task<HttpResponseMessage> request)
    {
        var response = await request;
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"{(int)response.StatusCode}: {body}");
        return body.Length == 0 ? new JsonObject() : JsonNode.Parse(body)!;
    }

    [Fact]
    public async Task A_restarted_app_shows_the_same_game_decisions_and_results()
    {
        var created = await Ok(Client().PostAsJsonAsync("/api/games", new { scenarioId = "marche-standard", title = "Persistance", teamNames = new[] { "A", "B" } }));
        var gameId = created["gameId"]!.GetValue<string>();
        var teacherKey = created["teacherKey"]!.GetValue<string>();
        var teacherToken = created["teacherToken"]!.GetValue<string>();
        await Ok(Client(teacherToken).PostAsJsonAsync($"/api/games/{gameId}/start", new { minutes = 45 }));
        var joined = await Ok(Client().PostAsJsonAsync("/api/sessions/team", new { joinCode = created["teams"]![0]!["joinCode"]!.GetValue<string>(), displayName = "Camille" }));
        var student = Client(joined["token"]!.GetValue<string>());
        var decisions = (await Ok(student.GetAsync($"/api/games/{gameId}/firms/f1/decisions")))["decisions"]!;
        decisions["pricing"]!["listPrice"]!["B2C_GP"] = 17.9m;
        await Ok(student.PutAsync($"/api/games/{gameId}/firms/f1/decisions/1", new StringContent(decisions.ToJsonString(), System.Text.Encoding.UTF8, "application/json")));
        await Ok(Client(teacherToken).PostAsync($"/api/games/{gameId}/turns/current/resolve", null));
        await Ok(Client(teacherToken).PutAsJsonAsync($"/api/games/{gameId}/countdown", new { minutes = 30 }));
        var summaryBefore = (await Ok(student.GetAsync($"/api/games/{gameId}"))).ToJsonString();
        var resultsBefore = (await Ok(student.GetAsync($"/api/games/{gameId}/firms/f1/results"))).ToJsonString();

        await app.StopAsync();
        await app.StartAgainAsync();

        student = Client(joined["token"]!.GetValue<string>());
        Assert.Equal(summaryBefore, (await Ok(student.GetAsync($"/api/games/{gameId}"))).ToJsonString());
        Assert.Equal(resultsBefore, (await Ok(student.GetAsync($"/api/games/{gameId}/firms/f1/results"))).ToJsonString());
        var history = await Ok(student.GetAsync($"/api/games/{gameId}/firms/f1/decisions"));
        Assert.Equal(2, history["turn"]!.GetValue<int>());
        Assert.Equal(17.9m, history["decisions"]!["pricing"]!["listPrice"]!["B2C_GP"]!.GetValue<decimal>());
        var teacher = await Ok(Client().PostAsJsonAsync("/api/sessions/teacher", new { gameId, teacherKey }));
        Assert.Equal(gameId, teacher["gameId"]!.GetValue<string>());
        Assert.True(File.Exists(Path.Combine(app.DataFolder, "nrcgame.db")));
        Assert.NotNull((await Ok(student.GetAsync($"/api/games/{gameId}")))["deadline"]);
    }
}
