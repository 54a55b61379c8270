using Microsoft.Playwright;

namespace NrcGame.Browser.Tests;

/// <summary>
/// Issue 9 in Chromium: a teacher creates a tournament of 3 markets (2 teams and 2 bots each) from the tournament
/// page, resolves every market at once, and a student of one market follows the global ranking live (no reload)
/// on a phone; the page is read at 360, 1280 and 1920 px.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class TournamentInTheBrowserTests(BrowserFixture browser) : IAsyncLifetime
{
    private AppProcess app = null!;

    public async Task InitializeAsync() => app = await AppProcess.StartAsync();

    public async Task DisposeAsync() => await app.DisposeAsync();

    private static string Screenshot(string name) => Path.Combine(BrowserFixture.ScreenshotFolder, name);

    [Fact]
    public async Task The_teacher_resolves_all_markets_and_a_student_sees_the_global_ranking_live()
    {
        var teacher = await browser.NewPerson(app);
        await teacher.GotoAsync("/");
        await teacher.GetByRole(AriaRole.Link, new() { Name = "Tournois" }).ClickAsync();
        await teacher.GetByLabel("Nom du tournoi").FillAsync("Tournoi des BTS NRC");
        await teacher.GetByLabel("Scénario").SelectOptionAsync("marche-standard");
        await Assertions.Expect(teacher.GetByLabel("Nombre de marchés (2 à 8)")).ToHaveValueAsync("3");
        await teacher.GetByLabel("Nombre de robots (0 à 10)").FillAsync("2");
        await teacher.GetByRole(AriaRole.Button, new() { Name = "Créer le tournoi" }).ClickAsync();
        var created = teacher.GetByTestId("tournament-created");
        await Assertions.Expect(created.Locator("h3")).ToHaveCountAsync(3);
        var tournamentId = await teacher.GetByTestId("tournament-id").InnerTextAsync();
        var code = await created.Locator("code.join-code").Nth(1).InnerTextAsync();
        await teacher.ScreenshotAsync(new() { Path = Screenshot("tournament-created-1280.png"), FullPage = true });

        await teacher.GetByRole(AriaRole.Link, new() { Name = "Ouvrir le classement du tournoi" }).ClickAsync();
        await Assertions.Expect(teacher.GetByTestId("tournament-title")).ToHaveTextAsync("Tournoi des BTS NRC");
        await Assertions.Expect(teacher.GetByTestId("tournament-empty")).ToBeVisibleAsync();

        var student = await People.JoinTeam(await browser.NewPerson(app, 360, 740), code, "Inès");
        await student.GotoAsync($"/#/tournoi/{tournamentId}");
        await Assertions.Expect(student.GetByTestId("tournament-empty")).ToBeVisibleAsync();
        await Assertions.Expect(student.Locator(".live-state")).ToHaveTextAsync("En direct");
        await student.EvaluateAsync("window.__sameDocument = true");

        await teacher.GetByTestId("start-all").ClickAsync();
        await Assertions.Expect(teacher.GetByTestId("tournament-markets").Locator("li").Nth(2)).ToContainTextAsync("trimestre 1 sur");
        await teacher.GetByTestId("resolve-all").ClickAsync();
        var ranking = teacher.GetByTestId("tournament-ranking").Locator("tbody tr");
        await Assertions.Expect(ranking).ToHaveCountAsync(12);
        await Assertions.Expect(teacher.GetByTestId("tournament-markets")).ToContainTextAsync("classement après le trimestre 1");

        // The student's page received the ranking without reloading (its mark is still there).
        await Assertions.Expect(student.GetByTestId("tournament-ranking").Locator("tbody tr")).ToHaveCountAsync(12);
        Assert.True(await student.EvaluateAsync<bool>("window.__sameDocument === true"));
        await Assertions.Expect(student.GetByTestId("tournament-ranking")).ToContainTextAsync("Équipe 1A");
        await Assertions.Expect(student.GetByTestId("tournament-ranking")).ToContainTextAsync("(robot)");

        // Turn control of one market alone: market 2 resolves its second quarter, markets 1 and 3 stay on their first.
        var marketLines = teacher.GetByTestId("tournament-markets").Locator("li");
        await teacher.GetByRole(AriaRole.Button, new() { Name = "Résoudre — marché 2" }).ClickAsync();
        await Assertions.Expect(marketLines.Nth(1)).ToContainTextAsync("classement après le trimestre 2");
        await Assertions.Expect(marketLines.Nth(0)).ToContainTextAsync("classement après le trimestre 1");
        await Assertions.Expect(marketLines.Nth(2)).ToContainTextAsync("classement après le trimestre 1");
        await teacher.GetByRole(AriaRole.Button, new() { Name = "Suspendre — marché 3" }).ClickAsync();
        await Assertions.Expect(marketLines.Nth(2)).ToContainTextAsync("trimestre suspendu");
        await Assertions.Expect(marketLines.Nth(0)).Not.ToContainTextAsync("suspendu");

        await teacher.ScreenshotAsync(new() { Path = Screenshot("tournament-1280.png"), FullPage = true });
        await student.ScreenshotAsync(new() { Path = Screenshot("tournament-360.png"), FullPage = true });
        await teacher.SetViewportSizeAsync(1920, 1080);
        await teacher.ScreenshotAsync(new() { Path = Screenshot("tournament-1920.png"), FullPage = true });
        // Nothing sticks out sideways at 360 px.
        Assert.True(await student.EvaluateAsync<bool>("document.documentElement.scrollWidth <= window.innerWidth"));
    }
}
