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
}
