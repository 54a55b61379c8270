using System.Net;
using NrcGame.Grains.Games;

namespace NrcGame.Web.Tests;

/// <summary>The sales team, distributors and segments of a played game through the API: a team reads its own, the teacher every one.</summary>
public sealed class MarketPartsTests(NrcGameFactory factory) : IClassFixture<NrcGameFactory>
{
    [Fact]
    public async Task A_team_reads_its_sales_team_and_its_distributor_terms_and_the_teacher_every_distributor_and_segment()
    {
        var created = await (await factory.CreateClient().PostJson("/api/games", new { scenarioId = "marche-standard", title = "Réseau", teamNames = new[] { "A", "B" } })).ReadOk<Created>();
        var teacher = factory.WithToken(created.TeacherToken);
        var game = $"/api/games/{created.GameId}";
        await (await teacher.PostJson($"{game}/start", new { minutes = (int?)null })).ReadOk<GameSummary>();
        var camille = factory.WithToken((await (await factory.CreateClient().PostJson("/api/sessions/team", new { joinCode = created.Teams[0].JoinCode, displayName = "Camille" })).ReadOk<Grant>()).Token);

        var before = await camille.GetAsync($"{game}/firms/f1/sales-team");
        Assert.Equal(HttpStatusCode.NotFound, before.StatusCode);
        Assert.Contains("Aucun trimestre résolu", await before.Content.ReadAsStringAsync());

        await (await teacher.PostAsync($"{game}/turns/current/resolve", null)).ReadOk<GameSummary>();
        var results = (await camille.GetFromJsonAsyncOk($"{game}/firms/f1/results")).AsArray()[0]!;

        var team = await camille.GetFromJsonAsyncOk($"{game}/firms/f1/sales-team");
        Assert.Equal(1, (int)team["turn"]!);
        Assert.Equal(results["nextState"]!["reps"]!.AsArray().Select(rep => (string)rep!["id"]!), team["reps"]!.AsArray().Select(rep => (string)rep!["id"]!));
        var reps = (await camille.GetFromJsonAsyncOk($"{game}/firms/f1/sales-team/turns/1/reps")).AsArray();
        Assert.Equal(results["salesTeam"]!["reps"]!.ToJsonString(), reps.ToJsonString());

        var distributors = (await camille.GetFromJsonAsyncOk($"{game}/firms/f1/distributors")).AsArray();
        Assert.Equal(["HYPER", "PROXI", "ECOM"], distributors.Select(line => (string)line!["channelId"]!));
        Assert.All(distributors, line => Assert.Equal("f1", (string)line!["turns"]!.AsArray().Single()!["terms"]!["firmId"]!));

        var hyper = await teacher.GetFromJsonAsyncOk($"{game}/distributors/HYPER/turns/1");
        Assert.Equal(["f1", "f2"], hyper["firms"]!.AsArray().Select(line => (string)line!["terms"]!["firmId"]!));
        var segment = await teacher.GetFromJsonAsyncOk($"{game}/segments/B2C_GP/turns/1");
        Assert.Equal(2, segment["outcome"]!["firms"]!.AsArray().Count);
        var unknown = await teacher.GetAsync($"{game}/segments/B2C_GP/turns/2");
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Contains("pas encore résolu", await unknown.Content.ReadAsStringAsync());

        // Every firm's terms and shares are the teacher's; another firm's sales team is its own.
        Assert.Equal(HttpStatusCode.Forbidden, (await camille.GetAsync($"{game}/distributors/HYPER/turns/1")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await camille.GetAsync($"{game}/segments/B2C_GP/turns/1")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await camille.GetAsync($"{game}/firms/f2/sales-team")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await camille.GetAsync($"{game}/firms/f2/distributors")).StatusCode);
    }
}
