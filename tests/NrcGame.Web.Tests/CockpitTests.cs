using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using NrcGame.Grains.Firms;
using NrcGame.Grains.Games;
using NrcGame.Market;

namespace NrcGame.Web.Tests;

/// <summary>
/// The student cockpit's server side: the pro-forma of the shared draft is the engine's, and every figure of the
/// results the cockpit shows is the engine's own, recomputed here by the resolver from the stored inputs.
/// </summary>
public sealed class CockpitTests(NrcGameFactory factory) : IClassFixture<NrcGameFactory>
{
    private IGrainFactory Grains => factory.Services.GetRequiredService<IGrainFactory>();

    private async Task<(Created Game, HttpClient Teacher, HttpClient Student)> StartedGame()
    {
        var created = await (await factory.CreateClient().PostJson("/api/games", new { scenarioId = "marche-standard", title = "Cockpit", teamNames = new[] { "A", "B" } })).ReadOk<Created>();
        var teacher = factory.WithToken(created.TeacherToken);
        await (await teacher.PostJson($"/api/games/{created.GameId}/start", new { minutes = (int?)null })).ReadOk<GameSummary>();
        var joined = await (await factory.CreateClient().PostJson("/api/sessions/team", new { joinCode = created.Teams[0].JoinCode, displayName = "Camille" })).ReadOk<Grant>();
        return (created, teacher, factory.WithToken(joined.Token));
    }

    private static StringContent Json(JsonNode body) => new(body.ToJsonString(), Encoding.UTF8, "application/json");

    /// <summary>
    /// The cockpit shows any resolved quarter, the last one first and earlier ones on request: every figure of every
    /// quarter (the two earlier ones included, once later quarters are played) is the engine's.
    /// </summary>
    [Fact]
    public async Task Every_figure_of_the_results_of_every_quarter_equals_the_engine_s_resolution_of_the_stored_inputs()
    {
        var (game, teacher, student) = await StartedGame();
        var decisions = (await student.GetFromJsonAsyncOk($"/api/games/{game.GameId}/firms/f1/decisions"))["decisions"]!.AsObject();
        var rep = (await student.GetFromJsonAsyncOk($"/api/games/{game.GameId}/firms/f1/pro-forma"))["reps"]![0]!["id"]!.GetValue<string>();
        decisions["studies"] = new JsonArray("CompetitorPrices", "MarketShares", "DistributionPanel", "SalesforceBenchmark");
        decisions["staffing"]!["hires"] = new JsonArray(new JsonObject { ["status"] = "VrpExclusive", ["count"] = 2 });
        decisions["pricing"]!["listPrice"]!["B2C_GP"] = 21.5m;
        decisions["pricing"]!["earlyPaymentDiscount"] = 0.02m;
        decisions["pricing"]!["earlyPaymentDays"] = 10;
        decisions["pricing"]!["acceptedCreditClasses"] = new JsonArray("A", "B", "C");
        decisions["allocation"]!["perRep"] = new JsonObject { [rep] = new JsonArray(decisions["allocation"]!["default"]![0]!.DeepClone()) };
        Assert.Equal(HttpStatusCode.NoContent, (await student.PutAsync($"/api/games/{game.GameId}/firms/f1/decisions/1", Json(decisions))).StatusCode);
        for (var turn = 1; turn <= 3; turn++) await (await teacher.PostAsync($"/api/games/{game.GameId}/turns/current/resolve", null)).ReadOk<GameSummary>();

        var shown = (await student.GetFromJsonAsyncOk($"/api/games/{game.GameId}/firms/f1/results")).AsArray();
        var played = await Grains.GetGrain<IGameGrain>(game.GameId).GetPlayedTurns();
        Assert.Equal([1, 2, 3], shown.Select(result => result!["turn"]!.GetValue<int>()));
        Assert.Equal(["A", "B", "C"], played[0].Input.Firms["f1"].Decisions.Pricing.AcceptedCreditClasses);
        Assert.Equal([rep], played[0].Input.Firms["f1"].Decisions.Allocation.PerRep.Keys);
        for (var turn = 1; turn <= 3; turn++)
        {
            var engine = JsonSerializer.SerializeToNode(TurnResolver.Resolve(played[turn - 1].Input).Firms["f1"], ApiClient.Json)!;
            var figures = Leaves(engine).ToList();
            Assert.True(figures.Count > 300, $"only {figures.Count} figures compared");
            foreach (var (path, value) in figures)
                Assert.True(JsonNode.DeepEquals(value, At(shown[turn - 1]!, path)), $"T{turn} {path}: engine {value?.ToJsonString()}, shown {At(shown[turn - 1]!, path)?.ToJsonString()}");
        }
        var studies = shown[0]!["studies"]!;
        Assert.Equal(4, studies["bought"]!.AsArray().Count);
        Assert.NotEmpty(studies["competitorPrices"]!.AsArray());
    }

    [Fact]
    public async Task The_pro_forma_is_the_engine_s_on_the_shared_draft_and_names_the_wrong_field_in_French()
    {
        var (game, teacher, student) = await StartedGame();
        var firm = Grains.GetGrain<IFirmGrain>(FirmKey.Of(game.GameId, "f1"));
        var path = $"/api/games/{game.GameId}/firms/f1/pro-forma";
        var before = await student.GetFromJsonAsyncOk(path);
        Assert.Empty(before["errors"]!.AsArray());
        Assert.Equal((await firm.GetTurnEntry(1)).State.Reps.Select(rep => rep.Id), before["reps"]!.AsArray().Select(rep => rep!["id"]!.GetValue<string>()));

        var edit = await firm.EditDraft(1, "remuneration.fixedSalary", "8100", "Léo", DateTimeOffset.UtcNow);
        Assert.Null(edit.Error);
        await firm.EditDraft(1, "staffing.hires", """[{"status":"FieldRep","count":2}]""", "Léo", DateTimeOffset.UtcNow);
        var after = await student.GetFromJsonAsyncOk(path);
        Assert.Equal(2, after["draftVersion"]!.GetValue<int>());
        var scenario = (await Grains.GetGrain<IGameGrain>(game.GameId).GetScenario())!;
        var draft = (await firm.GetDraft())!;
        var expected = ProForma.Compute(scenario, 1, (await firm.GetTurnEntry(1)).State, draft.Decisions, 2);
        Assert.True(JsonNode.DeepEquals(JsonSerializer.SerializeToNode(expected, ApiClient.Json), after["proForma"]), after["proForma"]!.ToJsonString());
        Assert.True(after["proForma"]!["fixedSalaries"]!.GetValue<decimal>() > before["proForma"]!["fixedSalaries"]!.GetValue<decimal>());
        Assert.True(after["proForma"]!["recruiting"]!.GetValue<decimal>() > 0);

        await firm.EditDraft(1, "remuneration.commissionRate", "0.5", "Léo", DateTimeOffset.UtcNow);
        var wrong = await student.GetFromJsonAsyncOk(path);
        Assert.Null(wrong["proForma"]);
        var error = wrong["errors"]!.AsArray().Single()!;
        Assert.Equal("remuneration.commissionRate", error["field"]!.GetValue<string>());
        Assert.Contains("Taux de commission : 50 % est hors de la plage autorisée", error["message"]!.GetValue<string>());

        Assert.Equal(HttpStatusCode.Forbidden, (await teacher.GetAsync(path)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await student.GetAsync($"/api/games/{game.GameId}/firms/f2/pro-forma")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await factory.CreateClient().GetAsync(path)).StatusCode);
    }

    /// <summary>Every number, text and boolean of <paramref name="node"/> with its path (<c>a.b.0.c</c>).</summary>
    private static IEnumerable<(string Path, JsonNode? Value)> Leaves(JsonNode? node, string path = "")
    {
        switch (node)
        {
            case JsonObject obj:
                foreach (var (key, child) in obj)
                    foreach (var leaf in Leaves(child, path.Length == 0 ? key : $"{path}.{key}")) yield return leaf;
                break;
            case JsonArray array:
                for (var index = 0; index < array.Count; index++)
                    foreach (var leaf in Leaves(array[index], $"{path}.{index}")) yield return leaf;
                break;
            default:
                yield return (path, node);
                break;
        }
    }

    private static JsonNode? At(JsonNode node, string path) =>
        path.Split('.').Aggregate<string, JsonNode?>(node, (current, key) => current switch
        {
            JsonArray array => array[int.Parse(key)],
            JsonObject obj => obj[key],
            _ => null,
        });
}
