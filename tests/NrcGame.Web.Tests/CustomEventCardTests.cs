using System.Net;
using System.Text.Json.Nodes;
using NrcGame.Grains.Games;

namespace NrcGame.Web.Tests;

/// <summary>An event card written by the teacher: checked field by field, played from the next turn, in the audit log and the news.</summary>
public sealed class CustomEventCardTests(NrcGameFactory factory) : IClassFixture<NrcGameFactory>
{
    private Task<(Created Game, HttpClient Teacher, HttpClient Student)> StartedGame() => factory.StartedGame("Carte libre");

    private static object Card(string headline, string[] concepts, params object[] effects) =>
        new { headline, description = "Le salon régional attire des acheteurs.", concepts, effects };

    [Fact]
    public async Task A_written_card_changes_the_market_from_the_next_turn_and_reaches_the_news_and_the_audit_log()
    {
        var (game, teacher, student) = await StartedGame();
        var referencePrice = (await student.GetFromJsonAsyncOk($"/api/games/{game.GameId}/market"))["segments"]![0]!["referencePrice"]!.GetValue<decimal>();

        var summary = await (await teacher.PostJson($"/api/games/{game.GameId}/custom-events",
            Card("Salon professionnel régional", ["S423", "S63.2"], new { path = "segments[B2C_GP].referencePrice", value = 25, operation = "Set" }))).ReadOk<GameSummary>();

        var news = Assert.Single(summary.News!);
        Assert.Equal((1, "Salon professionnel régional", "Le salon régional attire des acheteurs.", true), (news.FromTurn, news.Headline, news.Description, news.WrittenByTeacher));
        Assert.Equal(["S423", "S63.2"], news.Concepts);
        var market = await student.GetFromJsonAsyncOk($"/api/games/{game.GameId}/market");
        Assert.NotEqual(25m, referencePrice);
        Assert.Equal(25m, market["segments"]![0]!["referencePrice"]!.GetValue<decimal>());
        var audit = (await student.GetFromJsonAsyncOk($"/api/games/{game.GameId}/audit")).AsArray();
        var entry = audit[^1]!;
        Assert.Equal("Carte de l'enseignant « Salon professionnel régional »", entry["description"]!.GetValue<string>());
        Assert.Equal("segments[B2C_GP].referencePrice = 25", entry["changes"]![0]!.GetValue<string>());
    }

    [Fact]
    public async Task A_card_without_headline_with_an_unknown_concept_and_no_effect_is_refused_field_by_field_and_changes_nothing()
    {
        var (game, teacher, student) = await StartedGame();
        var auditBefore = (await student.GetFromJsonAsyncOk($"/api/games/{game.GameId}/audit")).ToJsonString();

        var response = await teacher.PostJson($"/api/games/{game.GameId}/custom-events", Card(" ", ["S99"]));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var fields = (await JsonNode.ParseAsync(await response.Content.ReadAsStreamAsync()))!["errors"]!.AsArray()
            .ToDictionary(error => error!["field"]!.GetValue<string>(), error => error!["message"]!.GetValue<string>());
        Assert.Equal("Titre annoncé à la classe : obligatoire, 120 caractères au plus (0 saisis).", fields["headline"]);
        Assert.Equal("Notions illustrées : « S99 » n'est pas une section connue du référentiel (par exemple S511, S62.2, S63.4).", fields["concepts"]);
        Assert.Equal("Effets sur le marché : entre 1 et 20 changements de paramètre.", fields["effects"]);
        Assert.Equal(auditBefore, (await student.GetFromJsonAsyncOk($"/api/games/{game.GameId}/audit")).ToJsonString());
        Assert.Empty((await (await teacher.GetAsync($"/api/games/{game.GameId}")).ReadOk<GameSummary>()).News!);
    }

    [Fact]
    public async Task A_card_whose_effect_names_an_unknown_parameter_is_refused_with_the_path()
    {
        var (game, teacher, _) = await StartedGame();

        var response = await teacher.PostJson($"/api/games/{game.GameId}/custom-events",
            Card("Nouvelle loi", ["S512"], new { path = "segments[B2C_GP].inconnu", value = 2, operation = "Set" }));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("segments[B2C_GP].inconnu", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_student_may_not_play_a_card()
    {
        var (game, _, student) = await StartedGame();

        var response = await student.PostJson($"/api/games/{game.GameId}/custom-events",
            Card("Triche", ["S512"], new { path = "segments[B2C_GP].referencePrice", value = 1, operation = "Set" }));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }
}
