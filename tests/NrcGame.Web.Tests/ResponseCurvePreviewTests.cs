using System.Net;
using NrcGame.Grains.Games;
using NrcGame.WebClient.Api;

namespace NrcGame.Web.Tests;

/// <summary>The teacher previews the engine's response curves before and after a proposed market change.</summary>
public sealed class ResponseCurvePreviewTests(NrcGameFactory factory) : IClassFixture<NrcGameFactory>
{
    private static object Change(string path, object value, string operation = "Set") => new { path, value, operation };

    [Fact]
    public async Task A_proposed_price_sensitivity_steepens_the_demand_curve_and_changes_nothing()
    {
        var (game, teacher, _) = await factory.StartedGame("Aperçu");
        var firm = game.Teams[0].FirmId;
        var auditBefore = (await teacher.GetFromJsonAsyncOk($"/api/games/{game.GameId}/audit")).AsArray().Count;
        var summaryBefore = await (await teacher.GetAsync($"/api/games/{game.GameId}")).Content.ReadAsStringAsync();

        var preview = await (await teacher.PostJson($"/api/games/{game.GameId}/parameters/preview", new
        {
            changes = new[] { Change("segments[B2C_GP].parameters.priceExponent", 1.3, "Multiply") },
            firmId = firm,
            segmentId = "B2C_GP",
        })).ReadOk<ResponseCurvePreview>();

        Assert.Equal(1, preview.Turn);
        Assert.Equal("B2C_GP", preview.SegmentId);
        Assert.True(preview.Current.Prices.Count >= 10 && preview.Current.Efforts.Count >= 10);
        Assert.Equal(preview.Current.Prices.Select(point => point.ListPrice), preview.Proposed.Prices.Select(point => point.ListPrice));
        Assert.True(preview.Proposed.Prices[^1].Demand < preview.Current.Prices[^1].Demand, "at the dearest price a more sensitive market buys less");
        Assert.Equal(preview.Current.Efforts.Select(point => point.VolumeShare).Order(), preview.Current.Efforts.Select(point => point.VolumeShare));

        await (await teacher.PostAsync($"/api/games/{game.GameId}/turns/current/resolve", null)).ReadOk<GameSummary>();
        var card = new { headline = "Salon", description = "", concepts = new[] { "S423" }, effects = new[] { Change("segments[B2C_GP].potential[*]", 1.1, "Multiply") } };
        await (await teacher.PostJson($"/api/games/{game.GameId}/custom-events", card)).ReadOk<GameSummary>();
        auditBefore++;
        summaryBefore = await (await teacher.GetAsync($"/api/games/{game.GameId}")).Content.ReadAsStringAsync();
        var unchanged = await (await teacher.PostJson($"/api/games/{game.GameId}/parameters/preview", new { firmId = firm, segmentId = "B2C_GP" })).ReadOk<ResponseCurvePreview>();
        Assert.Equal(unchanged.Current.Prices, unchanged.Proposed.Prices);

        Assert.Equal(auditBefore, (await teacher.GetFromJsonAsyncOk($"/api/games/{game.GameId}/audit")).AsArray().Count);
        Assert.Equal(summaryBefore, await (await teacher.GetAsync($"/api/games/{game.GameId}")).Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Bad_input_gets_a_french_message_per_field_and_students_are_refused()
    {
        var (game, teacher, student) = await factory.StartedGame("Aperçu refusé");
        var preview = $"/api/games/{game.GameId}/parameters/preview";

        var unknown = await Refused(await teacher.PostJson(preview, new { firmId = "f99", segmentId = "NOPE" }));
        Assert.Contains(unknown.Errors, error => error.Field == "firmId" && error.Message.Contains("équipe"));
        Assert.Contains(unknown.Errors, error => error.Field == "segmentId" && error.Message.Contains("B2C_GP"));

        var badValue = await Refused(await teacher.PostJson(preview, new { changes = new[] { Change("segments[B2C_GP].referencePrice", -5) }, firmId = game.Teams[0].FirmId, segmentId = "B2C_GP" }));
        Assert.Contains(badValue.Errors, error => error.Message.Contains("-5"));
        var badPath = await Refused(await teacher.PostJson(preview, new { changes = new[] { Change("segments[B2C_GP].nimporte", 1) }, firmId = game.Teams[0].FirmId, segmentId = "B2C_GP" }));
        Assert.Contains(badPath.Errors, error => error.Message.Contains("chemin inconnu"));
        var empty = await Refused(await teacher.PostJson(preview, new { changes = new object?[] { null }, firmId = game.Teams[0].FirmId, segmentId = "B2C_GP" }));
        Assert.Contains(empty.Errors, error => error.Field == "changes[0]");
        var noPath = await Refused(await teacher.PostJson(preview, new { changes = new[] { new { value = 1 } }, firmId = game.Teams[0].FirmId, segmentId = "B2C_GP" }));
        Assert.NotEmpty(noPath.Errors);
        var garbage = await Refused(await teacher.PostAsync(preview, new StringContent("{ pas du json", System.Text.Encoding.UTF8, "application/json")));
        Assert.Contains("Valeur illisible", garbage.Errors.Single().Message);

        var forbidden = await student.PostJson(preview, new { firmId = game.Teams[0].FirmId, segmentId = "B2C_GP" });
        Assert.Equal(HttpStatusCode.Forbidden, forbidden.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await factory.CreateClient().PostJson(preview, new { firmId = game.Teams[0].FirmId, segmentId = "B2C_GP" })).StatusCode);
    }

    private static async Task<Error> Refused(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var error = System.Text.Json.JsonSerializer.Deserialize<Error>(await response.Content.ReadAsStringAsync(), ApiClient.Json)!;
        Assert.StartsWith("Saisie refusée", error.Title);
        return error;
    }
}
