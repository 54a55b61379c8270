using Microsoft.Playwright;

namespace NrcGame.Browser.Tests;

/// <summary>A person in front of the app: a browser context of their own, French, at a given screen size.</summary>
internal static class People
{
    /// <summary>Default time a test waits for what a person expects to see.</summary>
    public const float Timeout = 30_000;

    /// <summary>Opens a page for a new person on <paramref name="app"/> with a <paramref name="width"/> × <paramref name="height"/> viewport.</summary>
    public static async Task<IPage> NewPerson(this BrowserFixture browser, AppProcess app, int width = 1280, int height = 900)
    {
        var context = await browser.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = app.Url.ToString(),
            Locale = "fr-FR",
            ViewportSize = new ViewportSize { Width = width, Height = height },
        });
        context.SetDefaultTimeout(Timeout);
        return await context.NewPageAsync();
    }

    /// <summary>The teacher creates a game of the standard market for <paramref name="teams"/> teams; answers the first team's join code.</summary>
    public static async Task<string> CreateGame(this IPage teacher, int teams = 2)
    {
        await teacher.GotoAsync("/");
        await teacher.GetByLabel("Scénario de marché").SelectOptionAsync("marche-standard");
        await teacher.GetByLabel("Nombre d'équipes d'élèves").FillAsync(teams.ToString(System.Globalization.CultureInfo.InvariantCulture));
        await teacher.GetByRole(AriaRole.Button, new() { Name = "Créer la partie" }).ClickAsync();
        return await teacher.Locator("[data-testid=join-codes] code.join-code").First.InnerTextAsync();
    }

    /// <summary>A student joins the team of <paramref name="code"/> under <paramref name="name"/> and waits for the cockpit.</summary>
    public static async Task<IPage> JoinTeam(this IPage page, string code, string name)
    {
        await page.GotoAsync("/");
        await page.GetByLabel("Code d'équipe (donné par l'enseignant)").FillAsync(code);
        return await page.SignIn(name);
    }

    /// <summary>A student whose join form is filled (code prefilled by a join link) signs in under <paramref name="name"/>.</summary>
    public static async Task<IPage> SignIn(this IPage page, string name)
    {
        await page.GetByLabel("Votre prénom (visible par votre équipe)").FillAsync(name);
        await page.GetByRole(AriaRole.Button, new() { Name = "Rejoindre l'équipe" }).ClickAsync();
        await page.GetByTestId("submission-state").WaitForAsync();
        return page;
    }
}
