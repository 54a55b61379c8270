using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using NrcGame.Grains.Games;

namespace NrcGame.Web.Tests;

/// <summary>The debrief through the API: causes and cards for a team, « Et si… ? » that changes nothing, exports.</summary>
public sealed class DebriefTests(NrcGameFactory factory) : IClassFixture<NrcGameFactory>
{
    [Fact]
    public async Task A_team_debriefs_two_turns_and_replays_one_with_another_commission_rate_without_changing_the_game()
    {
        var created = await (await factory.CreateClient().PostJson("/api/games", new { scenarioId = "marche-standard", title = "Débrief", teamNames = new[] { "A", "B" } })).ReadOk<Created>();
        var teacher = factory.WithToken(created.TeacherToken);
        await (await teacher.PostJson($"/api/games/{created.GameId}/start", new { minutes = (int?)null })).ReadOk<GameSummary>();
        var joined = await (await factory.CreateClient().PostJson("/api/sessions/team", new { joinCode = created.Teams[0].JoinCode, displayName = "Camille" })).ReadOk<Grant>();
        var student = factory.WithToken(joined.Token);
        for (var turn = 1; turn <= 2; turn++) await (await teacher.PostAsync($"/api/games/{created.GameId}/turns/current/resolve", null)).ReadOk<GameSummary>();
        var resultsBefore = (await student.GetFromJsonAsyncOk($"/api/games/{created.GameId}/firms/f1/results")).ToJsonString();

        var debrief = await student.GetFromJsonAsyncOk($"/api/games/{created.GameId}/firms/f1/debrief");
        Assert.Equal(2, debrief["history"]!["turns"]!.AsArray().Count);
        var change = debrief["changes"]!.AsArray().Single()!;
        Assert.Equal(6, change["effects"]!.AsArray().Count);

        var whatIf = await student.PostAsync($"/api/games/{created.GameId}/firms/f1/what-if",
            new StringContent(new JsonObject { ["turn"] = 2, ["path"] = "remuneration.commissionRate", ["value"] = "0,08" }.ToJsonString(), Encoding.UTF8, "application/json"));
        var replay = JsonNode.Parse(await whatIf.Content.ReadAsStringAsync())!;
        Assert.True(whatIf.IsSuccessStatusCode, replay.ToJsonString());
        Assert.NotEmpty(replay["differences"]!.AsArray());
        Assert.Equal(resultsBefore, (await student.GetFromJsonAsyncOk($"/api/games/{created.GameId}/firms/f1/results")).ToJsonString());

        var badField = await student.PostAsync($"/api/games/{created.GameId}/firms/f1/what-if",
            new StringContent(new JsonObject { ["turn"] = 2, ["path"] = "remuneration.nimporte", ["value"] = "1" }.ToJsonString(), Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.BadRequest, badField.StatusCode);
        var futureTurn = await student.PostAsync($"/api/games/{created.GameId}/firms/f1/what-if",
            new StringContent(new JsonObject { ["turn"] = 5, ["path"] = "remuneration.commissionRate", ["value"] = "0,08" }.ToJsonString(), Encoding.UTF8, "application/json"));
        Assert.Contains("pas encore été joué", await futureTurn.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.Forbidden, (await student.GetAsync($"/api/games/{created.GameId}/firms/f2/debrief")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await student.GetAsync($"/api/games/{created.GameId}/export.xlsx")).StatusCode);
        var xlsx = await teacher.GetAsync($"/api/games/{created.GameId}/export.xlsx");
        Assert.Equal(HttpStatusCode.OK, xlsx.StatusCode);
        var bytes = await xlsx.Content.ReadAsByteArrayAsync();
        Assert.Equal((byte)'P', bytes[0]);
        Assert.Equal((byte)'K', bytes[1]);
        var csv = await teacher.GetStringAsync($"/api/games/{created.GameId}/export.csv");
        Assert.Contains(";", csv);
    }
}
