using Microsoft.Playwright;

namespace NrcGame.Security.Tests;

/// <summary>
/// The app works in Chromium under its Content-Security-Policy: a teacher creates and starts a
/// game and opens the projector, a student joins over the live hub (WebSocket), edits the draft and
/// submits, the teacher resolves and the student opens the debrief — and the browser reports no
/// policy violation nor script error on any page.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class CspInChromiumTests(BrowserFixture browser) : IAsyncLifetime
{
    private AppProcess app = null!;
    private readonly List<string> violations = [];

    public async Task InitializeAsync() => app = await AppProcess.StartAsync();

    public async Task DisposeAsync() => await app.DisposeAsync();

    [Fact]
    public async Task A_whole_turn_runs_in_chromium_without_any_content_security_policy_violation()
    {
        var teacher = await NewPerson();
        var home = await teacher.GotoAsync("/");
        Assert.Contains("script-src 'self'", await home!.HeaderValueAsync("content-security-policy") ?? "");
        await teacher.GetByLabel("Scénario de marché").SelectOptionAsync("marche-standard");
        await teacher.GetByLabel("Nombre d'équipes d'élèves").FillAsync("2");
        await teacher.GetByRole(AriaRole.Button, new() { Name = "Créer la partie" }).ClickAsync();
        var code = await teacher.Locator("[data-testid=join-codes] code.join-code").First.InnerTextAsync();
        await teacher.GetByRole(AriaRole.Button, new() { Name = "Démarrer la partie (ouvrir le trimestre 1)" }).ClickAsync();
        var projector = await teacher.Context.RunAndWaitForPageAsync(() => teacher.GetByTestId("open-projector").ClickAsync());
        Watch(projector, "projecteur");
        await Assertions.Expect(projector.GetByTestId("projector-turn")).ToHaveTextAsync("Trimestre 1 sur 8");

        var student = await NewPerson(360, 740);
        await student.GotoAsync("/");
        await student.GetByLabel("Code d'équipe (donné par l'enseignant)").FillAsync(code);
        await student.GetByLabel("Votre prénom (visible par votre équipe)").FillAsync("Camille");
        await student.GetByRole(AriaRole.Button, new() { Name = "Rejoindre l'équipe" }).ClickAsync();
        await Assertions.Expect(student.GetByTestId("live-state")).ToHaveTextAsync("En direct");
        var rate = student.GetByLabel("Taux de commission (%)");
        await rate.FillAsync("7,5");
        await rate.PressAsync("Tab");
        await student.GetByTestId("submit-decisions").ClickAsync();
        await Assertions.Expect(student.GetByTestId("submission-state")).ToContainTextAsync("envoyées par Camille");

        await teacher.GetByTestId("resolve").ClickAsync();
        await Assertions.Expect(student.GetByTestId("standings")).ToHaveAttributeAsync("data-turn", "1");
        await Assertions.Expect(projector.GetByTestId("projector-standings")).ToHaveAttributeAsync("data-turn", "1");
        await student.GetByTestId("load-debrief").ClickAsync();
        await Assertions.Expect(student.GetByTestId("debrief-causes")).ToBeVisibleAsync(new() { Timeout = 30_000 });
        await student.ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.ScreenshotFolder, "securite-csp-equipe-360.png"), FullPage = true });
        await teacher.ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.ScreenshotFolder, "securite-csp-enseignant.png"), FullPage = true });

        lock (violations) Assert.True(violations.Count == 0, string.Join('\n', violations));
    }

    private async Task<IPage> NewPerson(int width = 1280, int height = 900)
    {
        var context = await browser.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = app.Url.ToString(),
            Locale = "fr-FR",
            ViewportSize = new ViewportSize { Width = width, Height = height },
        });
        context.SetDefaultTimeout(30_000);
        var page = await context.NewPageAsync();
        Watch(page, width == 360 ? "étudiant" : "enseignant");
        return page;
    }

    /// <summary>
    /// Records every console message that reports a policy violation, every console error other than
    /// an HTTP status (the browser logs a 404 for /favicon.ico, which the app does not have), and every
    /// uncaught script error.
    /// </summary>
    private void Watch(IPage page, string who)
    {
        page.Console += (_, message) =>
        {
            if (message.Text.Contains("Content Security Policy", StringComparison.OrdinalIgnoreCase)
                || (message.Type == "error" && !message.Text.StartsWith("Failed to load resource: the server responded with a status", StringComparison.Ordinal)))
                lock (violations) violations.Add($"{who} (console {message.Type}): {message.Text}");
        };
        page.PageError += (_, error) => { lock (violations) violations.Add($"{who} (script error): {error}"); };
    }
}
