using System.Net;
using System.Net.Http.Json;
using NrcGame.Grains.Games;

namespace NrcGame.Web.Tests;

/// <summary>The teacher's creation form: number of turns and deadline mode, with French refusals naming the field.</summary>
public sealed class GameCreationTests(NrcGameFactory factory) : IClassFixture<NrcGameFactory>
{
    private Task<HttpResponseMessage> Create(object body) => factory.CreateClient().PostJson("/api/games", body);

    [Fact]
    public async Task A_game_created_with_ten_timed_turns_keeps_both_choices()
    {
        var created = await (await Create(new { scenarioId = "marche-standard", title = "Dix trimestres", teamNames = new[] { "A", "B" }, turnCount = 10, turnMinutes = 15 })).ReadOk<Created>();

        var summary = await factory.WithToken(created.TeacherToken).GetFromJsonAsync<GameSummary>($"/api/games/{created.GameId}", ApiClient.Json);

        Assert.Equal(10, summary!.TurnCount);
        Assert.Equal(TimeSpan.FromMinutes(15), summary.TurnDuration);
        Assert.Equal(GameStatus.Lobby, summary.Status);
    }

    [Fact]
    public async Task Without_the_new_fields_a_game_keeps_the_scenario_s_turns_and_manual_close()
    {
        var created = await (await Create(new { scenarioId = "marche-standard", title = "Par défaut", teamNames = new[] { "A", "B" } })).ReadOk<Created>();

        var summary = await factory.WithToken(created.TeacherToken).GetFromJsonAsync<GameSummary>($"/api/games/{created.GameId}", ApiClient.Json);

        Assert.Equal(8, summary!.TurnCount);
        Assert.Null(summary.TurnDuration);
    }

    [Theory]
    [InlineData(5, null, "turnCount", "Nombre de trimestres : 5 est hors de la plage autorisée (6 à 12).")]
    [InlineData(13, null, "turnCount", "Nombre de trimestres : 13 est hors de la plage autorisée (6 à 12).")]
    [InlineData(8, 0, "minutes", "Durée de chaque trimestre : 0 min est hors de la plage autorisée (1 à 480 min).")]
    [InlineData(8, 481, "minutes", "Durée de chaque trimestre : 481 min est hors de la plage autorisée (1 à 480 min).")]
    public async Task Out_of_range_choices_are_refused_with_a_french_message_naming_the_field(int turns, int? minutes, string field, string message)
    {
        var response = await Create(new { scenarioId = "marche-standard", title = "Refusée", teamNames = new[] { "A", "B" }, turnCount = turns, turnMinutes = minutes });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var error = await System.Text.Json.JsonSerializer.DeserializeAsync<Error>(await response.Content.ReadAsStreamAsync(), ApiClient.Json);
        Assert.Contains(error!.Errors, e => e.Field == field && e.Message == message);
    }

    [Fact]
    public async Task A_number_of_turns_that_is_not_a_number_is_named_in_the_refusal()
    {
        var response = await Create(new { scenarioId = "marche-standard", title = "Texte", teamNames = new[] { "A", "B" }, turnCount = "huit" });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("turnCount", await response.Content.ReadAsStringAsync());
    }
}
