using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.Playwright;

namespace NrcGame.Security.Tests;

/// <summary>
/// The console card « Accès et données de la partie » in Chromium, at 1280 and 360 px: a new teacher
/// key is shown once and the old one stops working, the export downloads the whole game, and the
/// deletion (confirmed) removes the game and sends the teacher home.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class GameAdministrationInTheBrowserTests(BrowserFixture browser) : IAsyncLifetime
{
    private AppProcess app = null!;

    public async Task InitializeAsync() => app = await AppProcess.StartAsync();

    public async Task DisposeAsync() => await app.DisposeAsync();

    [Fact]
    public async Task A_teacher_renews_the_key_exports_the_game_then_deletes_it_from_the_console()
    {
        var context = await browser.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = app.Url.ToString(),
            Locale = "fr-FR",
            ViewportSize = new ViewportSize { Width = 1280, Height = 900 },
            AcceptDownloads = true,
        });
        context.SetDefaultTimeout(30_000);
        var teacher = await context.NewPageAsync();
        teacher.Dialog += async (_, dialog) => await dialog.AcceptAsync();
        await teacher.GotoAsync("/");
        await teacher.GetByLabel("Scénario de marché").SelectOptionAsync("marche-standard");
        await teacher.GetByLabel("Nombre d'équipes d'élèves").FillAsync("2");
        await teacher.GetByRole(AriaRole.Button, new() { Name = "Créer la partie" }).ClickAsync();
        var gameId = await teacher.GetByTestId("game-id").InnerTextAsync();
        var oldKey = await teacher.GetByTestId("teacher-key").InnerTextAsync();

        await teacher.GetByRole(AriaRole.Button, new() { Name = "Nouvelle clé enseignant" }).ClickAsync();
        var shown = teacher.GetByTestId("new-teacher-key");
        await Assertions.Expect(shown).ToContainTextAsync("Nouvelle clé enseignant");
        var newKey = await shown.Locator("code").InnerTextAsync();
        Assert.NotEqual(oldKey, newKey);
        var card = teacher.Locator("section[aria-labelledby=administration-title]");
        await card.ScrollIntoViewIfNeededAsync();
        await card.ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.ScreenshotFolder, "securite-acces-donnees-1280.png") });
        await teacher.SetViewportSizeAsync(360, 740);
        await card.ScrollIntoViewIfNeededAsync();
        await card.ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.ScreenshotFolder, "securite-acces-donnees-360.png") });
        var anonymous = ClassOverHttp.Client(app);
        Assert.Equal(HttpStatusCode.BadRequest, (await anonymous.PostAsJsonAsync("/api/sessions/teacher", new { gameId, teacherKey = oldKey })).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await anonymous.PostAsJsonAsync("/api/sessions/teacher", new { gameId, teacherKey = newKey })).StatusCode);

        var download = await teacher.RunAndWaitForDownloadAsync(() => teacher.GetByTestId("export-game").ClickAsync());
        Assert.Equal($"nrcgame-{gameId}.json", download.SuggestedFilename);
        var exported = JsonNode.Parse(await File.ReadAllTextAsync((await download.PathAsync())!))!;
        Assert.Equal(gameId, exported["game"]!["gameId"]!.GetValue<string>());

        await teacher.GetByTestId("delete-game").ClickAsync();
        await teacher.WaitForURLAsync(url => !url.Contains("enseignant", StringComparison.Ordinal) && url.EndsWith("#/", StringComparison.Ordinal));
        Assert.Equal(HttpStatusCode.BadRequest, (await anonymous.PostAsJsonAsync("/api/sessions/teacher", new { gameId, teacherKey = newKey })).StatusCode);
    }
}
