using Microsoft.Playwright;

namespace NrcGame.Browser.Tests;

/// <summary>What a student's decision form does between the teacher's resolution and the next quarter's form.</summary>
[Collection(BrowserCollection.Name)]
public sealed class ClosedQuarterFormTests(BrowserFixture browser) : IAsyncLifetime
{
    private AppProcess app = null!;

    public async Task InitializeAsync() => app = await AppProcess.StartAsync();

    public async Task DisposeAsync() => await app.DisposeAsync();

    [Fact]
    public async Task The_form_of_a_resolved_quarter_is_locked_until_the_next_quarters_form_replaces_it()
    {
        var teacher = await browser.NewPerson(app);
        var code = await teacher.CreateGame();
        await teacher.GetByRole(AriaRole.Button, new() { Name = "Démarrer la partie (ouvrir le trimestre 1)" }).ClickAsync();
        var student = await (await browser.NewPerson(app)).JoinTeam(code, "Camille");
        var price = student.GetByLabel("Prix catalogue HT — Grand public (€)");
        await Assertions.Expect(student.GetByTestId("submit-decisions")).ToBeEnabledAsync();
        await Assertions.Expect(price).ToBeEditableAsync();

        // The next quarter's draft is held back, as on a slow connection: the resolved quarter's form stays on screen meanwhile.
        var draftHeld = new TaskCompletionSource();
        var holding = true;
        await student.RouteAsync("**/api/games/*/firms/*/draft", async route =>
        {
            if (holding) await draftHeld.Task;
            await route.ContinueAsync();
        });
        await teacher.GetByTestId("resolve").ClickAsync();

        await Assertions.Expect(student.GetByTestId("submission-state")).ToContainTextAsync("Le trimestre 1 est clos");
        await Assertions.Expect(student.Locator("#decisions-title")).ToHaveTextAsync("Décisions du trimestre 1");
        await Assertions.Expect(price).ToBeDisabledAsync();
        await Assertions.Expect(student.GetByTestId("submit-decisions")).ToBeDisabledAsync();
        await student.ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.ScreenshotFolder, "trimestre-clos-formulaire-verrouille.png"), FullPage = true });

        holding = false;
        draftHeld.SetResult();
        await Assertions.Expect(student.Locator("#decisions-title")).ToHaveTextAsync("Décisions du trimestre 2");
        await Assertions.Expect(price).ToBeEditableAsync();
        await Assertions.Expect(student.GetByTestId("submit-decisions")).ToBeEnabledAsync();
        await Assertions.Expect(student.GetByTestId("submission-state")).ToContainTextAsync("Trimestre 2 : décisions non envoyées");
    }
}
