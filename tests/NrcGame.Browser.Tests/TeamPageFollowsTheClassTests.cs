using Microsoft.Playwright;

namespace NrcGame.Browser.Tests;

/// <summary>What a team's page tells its students about their own submission and about the market, live.</summary>
[Collection(BrowserCollection.Name)]
public sealed class TeamPageFollowsTheClassTests(BrowserFixture browser) : IAsyncLifetime
{
    private AppProcess app = null!;

    public async Task InitializeAsync() => app = await AppProcess.StartAsync();

    public async Task DisposeAsync() => await app.DisposeAsync();

    [Fact]
    public async Task A_change_after_sending_is_flagged_until_sent_again_and_the_teachers_event_card_reaches_the_team()
    {
        var teacher = await browser.NewPerson(app);
        var code = await teacher.CreateGame();
        await teacher.GetByRole(AriaRole.Button, new() { Name = "Démarrer la partie (ouvrir le trimestre 1)" }).ClickAsync();
        var camille = await (await browser.NewPerson(app)).JoinTeam(code, "Camille");
        var yanis = await (await browser.NewPerson(app, 390, 844)).JoinTeam(code, "Yanis");
        await Assertions.Expect(camille.GetByTestId("submit-decisions")).ToBeEnabledAsync();
        await Assertions.Expect(yanis.GetByTestId("live-state")).ToHaveTextAsync("En direct");

        await camille.GetByTestId("submit-decisions").ClickAsync();
        foreach (var student in new[] { camille, yanis })
        {
            await Assertions.Expect(student.GetByTestId("submission-state")).ToContainTextAsync("envoyées par Camille");
            await Assertions.Expect(student.GetByTestId("submission-state")).Not.ToContainTextAsync("modifié");
        }

        // Yanis changes the shared draft after Camille sent it: both see that the change does not count yet.
        var price = yanis.GetByLabel("Prix catalogue HT — Grand public (€)");
        await price.FillAsync("21");
        await price.PressAsync("Tab");
        // Typed as the app writes amounts, with a space between thousands.
        var objective = yanis.GetByLabel("Objectif de CA HT — Grand public");
        await objective.FillAsync("30 000");
        await objective.PressAsync("Tab");
        await Assertions.Expect(camille.GetByLabel("Objectif de CA HT — Grand public")).ToHaveValueAsync("30000");
        foreach (var student in new[] { camille, yanis })
            await Assertions.Expect(student.GetByTestId("submission-state")).ToContainTextAsync("le brouillon a été modifié depuis : renvoyez les décisions");
        await Assertions.Expect(teacher.GetByTestId("team-status")).ToContainTextAsync("décisions envoyées");
        await yanis.EvaluateAsync("window.scrollTo(0, 0)");
        await yanis.ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.ScreenshotFolder, "brouillon-modifie-depuis-l-envoi-390px.png") });

        await camille.GetByTestId("submit-decisions").ClickAsync();
        foreach (var student in new[] { camille, yanis })
        {
            await Assertions.Expect(student.GetByTestId("submission-state")).ToContainTextAsync("envoyées par Camille");
            await Assertions.Expect(student.GetByTestId("submission-state")).Not.ToContainTextAsync("modifié");
        }

        // The teacher plays an event card: the team reads it on its own page, not only on the projector.
        await Assertions.Expect(camille.GetByTestId("market-news")).ToContainTextAsync("Aucun événement");
        teacher.Dialog += (_, dialog) => _ = dialog.AcceptAsync();
        var card = teacher.Locator("[data-testid=event-cards] li").First;
        var headline = await card.Locator("strong").InnerTextAsync();
        await card.GetByRole(AriaRole.Button, new() { Name = "Jouer la carte" }).ClickAsync();
        await Assertions.Expect(teacher.GetByTestId("audit-log")).ToContainTextAsync("À partir du trimestre 1");
        foreach (var student in new[] { camille, yanis })
        {
            await Assertions.Expect(student.GetByTestId("market-news")).ToContainTextAsync(headline);
            await Assertions.Expect(student.GetByTestId("market-news")).ToContainTextAsync("À partir du trimestre 1");
        }
    }
}
