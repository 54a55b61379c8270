using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using NrcGame.Grains.Games;

namespace NrcGame.Web.Tests;

/// <summary>Scenario export/import and the teacher's market tuning through the HTTP API.</summary>
public sealed class MarketTuningTests(NrcGameFactory factory) : IClassFixture<NrcGameFactory>
{
    private Task<(Created Game, HttpClient Teacher, HttpClient Student)> StartedGame() => factory.StartedGame("Réglages");

    [Fact]
    public async Task A_shipped_scenario_exports_and_a_changed_copy_imports_as_a_new_teacher_scenario()
    {
        var client = factory.CreateClient();
        var listed = (await client.GetFromJsonAsyncOk("/api/scenarios")).AsArray();
        Assert.True(listed.Count >= 3, "three scenarios ship with the game");
        var exported = await client.GetFromJsonAsyncOk("/api/scenarios/marche-standard");
        exported["title"] = "Ma variante du marché standard";

        var imported = await client.PostAsync("/api/scenarios?fichier=marche-standard.json", new StringContent(exported.ToJsonString(), Encoding.UTF8, "application/json"));
        var copy = await imported.ReadOk<JsonObject>();
        var copyId = copy["id"]!.GetValue<string>();
        Assert.NotEqual("marche-standard", copyId);
        Assert.NotEqual("Ma variante du marché standard", (await client.GetFromJsonAsyncOk("/api/scenarios/marche-standard"))["title"]!.GetValue<string>());
        Assert.Equal("Ma variante du marché standard", (await client.GetFromJsonAsyncOk($"/api/scenarios/{copyId}"))["title"]!.GetValue<string>());

        exported["market"]!["segments"]![0]!["referencePrice"] = -5;
        var broken = await client.PostAsync("/api/scenarios?fichier=casse.json", new StringContent(exported.ToJsonString(), Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.BadRequest, broken.StatusCode);
        Assert.Contains("-5", await broken.Content.ReadAsStringAsync());
        var garbage = await client.PostAsync("/api/scenarios?fichier=x.json", new StringContent("{ pas du json", Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.BadRequest, garbage.StatusCode);
    }

    [Fact]
    public async Task The_teacher_plays_an_event_card_and_changes_a_parameter_from_the_next_turn_with_an_audit_log()
    {
        var (game, teacher, student) = await StartedGame();
        var cards = (await teacher.GetFromJsonAsyncOk($"/api/games/{game.GameId}/events")).AsArray();
        Assert.NotEmpty(cards);
        var cardId = cards[0]!["id"]!.GetValue<string>();

        await (await teacher.PostAsync($"/api/games/{game.GameId}/events/{cardId}", null)).ReadOk<GameSummary>();
        var change = new JsonObject
        {
            ["reason"] = "Les clients deviennent plus sensibles au prix",
            ["changes"] = new JsonArray(new JsonObject { ["path"] = "segments[B2C_GP].parameters.priceExponent", ["value"] = 1.1, ["operation"] = "Multiply" }),
        };
        await (await teacher.PostAsync($"/api/games/{game.GameId}/parameters", new StringContent(change.ToJsonString(), Encoding.UTF8, "application/json"))).ReadOk<GameSummary>();

        var audit = (await student.GetFromJsonAsyncOk($"/api/games/{game.GameId}/audit")).AsArray();
        Assert.Equal(3, audit.Count);
        Assert.Contains("2 équipes", audit[0]!["description"]!.GetValue<string>());
        Assert.All(audit, entry => Assert.Equal(1, entry!["fromTurn"]!.GetValue<int>()));
        Assert.Contains("sensibles au prix", audit[2]!["description"]!.GetValue<string>());

        var bad = new JsonObject { ["reason"] = "essai", ["changes"] = new JsonArray(new JsonObject { ["path"] = "segments[B2C_GP].referencePrice", ["value"] = -5 }) };
        var refused = await teacher.PostAsync($"/api/games/{game.GameId}/parameters", new StringContent(bad.ToJsonString(), Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains("-5", await refused.Content.ReadAsStringAsync());

        foreach (var path in new[] { $"/api/games/{game.GameId}/events/{cardId}", $"/api/games/{game.GameId}/parameters" })
            Assert.Equal(HttpStatusCode.Forbidden, (await student.PostAsync(path, new StringContent(change.ToJsonString(), Encoding.UTF8, "application/json"))).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await student.GetAsync($"/api/games/{game.GameId}/events")).StatusCode);
    }
}
