using System.Globalization;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace NrcGame.Browser.Tests;

/// <summary>
/// A team's debrief in Chromium after two turns: figures, causes, « Et si… ? » with another commission rate recomputed
/// by the engine, a justification, the teacher's class debrief with an annotation, and both debriefs printed.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed partial class DebriefInTheBrowserTests(BrowserFixture browser) : IAsyncLifetime
{
    private AppProcess app = null!;

    public async Task InitializeAsync() => app = await AppProcess.StartAsync();

    public async Task DisposeAsync() => await app.DisposeAsync();

    private Task<IPage> NewPerson() => browser.NewPerson(app);

    private static string Shot(string name) => Path.Combine(BrowserFixture.ScreenshotFolder, name);

    /// <summary>A French amount as Chromium writes it (« −1 234,56 € ») read back as a number.</summary>
    private static decimal Amount(string text) =>
        decimal.Parse(Spaces().Replace(text, "").Replace("€", "").Replace('\u2212', '-').Replace(',', '.'), CultureInfo.InvariantCulture);

    [GeneratedRegex(@"\s")]
    private static partial Regex Spaces();

    /// <summary>Replaces the print dialog by a flag, so that the test can look at the page as it would be printed.</summary>
    private static async Task PrintFrom(IPage page)
    {
        await page.EvaluateAsync("() => { window.printed = 0; window.print = () => { window.printed++; }; }");
        await page.GetByTestId("print-debrief").ClickAsync();
        Assert.Equal(1, await page.EvaluateAsync<int>("() => window.printed"));
        await page.EmulateMediaAsync(new() { Media = Media.Print });
    }

    private static Task<bool> Shown(IPage page, string selector) =>
        page.EvaluateAsync<bool>($"() => [...document.querySelectorAll({System.Text.Json.JsonSerializer.Serialize(selector)})].some(e => e.getClientRects().length > 0)");

    [Fact]
    public async Task A_team_debriefs_replays_a_turn_with_another_commission_rate_justifies_it_and_the_teacher_annotates_and_prints_the_class_debrief()
    {
        var teacher = await NewPerson();
        var code = await teacher.CreateGame();
        var teamName = await teacher.Locator("[data-testid=join-codes] tbody th").First.InnerTextAsync();
        await teacher.GetByRole(AriaRole.Button, new() { Name = "Démarrer la partie (ouvrir le trimestre 1)" }).ClickAsync();

        var team = await (await NewPerson()).JoinTeam(code, "Camille");
        await Assertions.Expect(team.GetByTestId("submit-decisions")).ToBeEnabledAsync();
        await team.GetByLabel("Objectif de CA HT — Grand public").FillAsync("700000");
        await team.GetByTestId("submit-decisions").ClickAsync();
        await Assertions.Expect(team.GetByTestId("submission-state")).ToContainTextAsync("envoyées par Camille");
        for (var turn = 1; turn <= 2; turn++)
        {
            if (turn == 2)
            {
                // The page shows the results and rebuilds the form for the new turn separately: fill the new turn's form,
                // not the previous one about to be replaced.
                await Assertions.Expect(team.Locator("#decisions-title")).ToHaveTextAsync("Décisions du trimestre 2");
                await team.GetByLabel("Taux de commission (%)").FillAsync("7,5");
                await team.GetByTestId("submit-decisions").ClickAsync();
                await Assertions.Expect(team.GetByTestId("submission-state")).ToContainTextAsync("Décisions du trimestre 2 envoyées par Camille");
            }
            await teacher.GetByTestId("resolve").ClickAsync();
            await Assertions.Expect(teacher.GetByTestId("game-status")).ToContainTextAsync($"Trimestre {turn + 1} sur");
            await Assertions.Expect(team.Locator("#results-title")).ToHaveTextAsync($"Résultats du trimestre {turn}");
        }

        await team.GetByTestId("load-debrief").ClickAsync();
        var figures = team.GetByTestId("debrief-figures");
        await Assertions.Expect(figures.Locator("thead th")).ToHaveTextAsync(["Indicateur", "T1", "T2"]);
        await Assertions.Expect(team.GetByTestId("debrief-causes")).ToContainTextAsync("Variation constatée");
        var log = team.GetByTestId("decision-log");
        await Assertions.Expect(log.Locator("[data-turn='1']")).ToContainTextAsync("envoyées par Camille");
        await Assertions.Expect(log.Locator("[data-turn='2'] li")).ToHaveTextAsync([new Regex(@"^Taux de commission \(%\) : \d+(,\d+)? → 7,5$")]);

        await team.GetByLabel("Trimestre à rejouer").FillAsync("2");
        await team.GetByLabel("Décision à changer").SelectOptionAsync("remuneration.commissionRate");
        await team.GetByLabel("Nouvelle valeur").FillAsync("15");
        await team.GetByRole(AriaRole.Button, new() { Name = "Et si… ?" }).ClickAsync();
        var shownWhatIf = team.GetByTestId("what-if-result").Locator("[data-what-if='Résultat net']");
        await Assertions.Expect(shownWhatIf).ToBeVisibleAsync();
        var session = JsonNode.Parse(await team.EvaluateAsync<string>("() => sessionStorage.getItem('nrcgame.session')"))!;
        using var http = new HttpClient { BaseAddress = app.Url };
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", (string?)session["token"]);
        var replay = JsonNode.Parse(await (await http.PostAsJsonAsync($"/api/games/{session["gameId"]}/firms/{session["firmId"]}/what-if",
            new { turn = 2, path = "remuneration.commissionRate", value = "0,15" })).Content.ReadAsStringAsync())!;
        var netResult = replay["differences"]!.AsArray().Single(d => (string?)d!["label"] == "Résultat net")!;
        Assert.NotEqual((decimal)netResult["played"]!, (decimal)netResult["whatIf"]!);
        Assert.Equal(Math.Round((decimal)netResult["whatIf"]!, 2), Amount(await shownWhatIf.InnerTextAsync()));
        var playedCell = team.Locator("[data-testid=what-if-result] tr:has([data-what-if='Résultat net']) td").First;
        Assert.Equal(Math.Round((decimal)netResult["played"]!, 2), Amount(await playedCell.InnerTextAsync()));

        var results = JsonNode.Parse(await http.GetStringAsync($"/api/games/{session["gameId"]}/firms/{session["firmId"]}/results"))!.AsArray();
        foreach (var turn in new[] { 1, 2 })
        {
            var sold = (decimal)results[turn - 1]!["sales"]!["segments"]!.AsArray().Single(s => (string?)s!["segment"] == "B2C_GP")!["revenueHt"]!;
            var row = team.Locator($"[data-testid=variances] tr[data-turn='{turn}'][data-segment='B2C_GP'] > *");
            await Assertions.Expect(row.Nth(1)).ToContainTextAsync("Grand public");
            Assert.Equal(700_000m, Amount(await row.Nth(2).InnerTextAsync()));
            Assert.Equal(Math.Round(sold, 2), Amount(await row.Nth(3).InnerTextAsync()));
            Assert.Equal(Math.Round(sold - 700_000m, 2), Amount(await row.Nth(4).InnerTextAsync()));
            Assert.Equal(sold < 700_000m ? "défavorable" : "favorable", await row.Nth(6).InnerTextAsync());
        }

        var justification = team.GetByLabel("Justification de l'équipe — trimestre 2");
        await justification.FillAsync(new string('a', 801));
        await team.GetByRole(AriaRole.Button, new() { Name = "Enregistrer la justification" }).First.ClickAsync();
        await Assertions.Expect(team.GetByTestId("turn-notes-f1")).ToContainTextAsync("Justification : 801 caractères, 800 au plus.");
        await Assertions.Expect(justification).ToHaveAttributeAsync("aria-invalid", "true");
        await justification.FillAsync("Commission relevée pour motiver l'équipe avant la haute saison.");
        await team.GetByRole(AriaRole.Button, new() { Name = "Enregistrer la justification" }).First.ClickAsync();
        await Assertions.Expect(team.GetByTestId("turn-notes-f1").Locator(".turn-note[data-turn='2']")).ToContainTextAsync("Enregistrée par Camille");

        await teacher.GetByTestId("load-class-debrief").ClickAsync();
        var classDebrief = teacher.GetByTestId("class-debrief");
        await Assertions.Expect(classDebrief.Locator("article.class-team")).ToHaveCountAsync(2);
        await Assertions.Expect(classDebrief.Locator("article.class-team h3").First).ToHaveTextAsync(teamName);
        await Assertions.Expect(teacher.GetByTestId("justifications-2").First).ToHaveTextAsync("Commission relevée pour motiver l'équipe avant la haute saison.");
        await teacher.GetByLabel("Annotation de l'enseignant·e — trimestre 2").First.FillAsync("Bonne lecture de la saisonnalité ; chiffrez le coût de la commission.");
        await teacher.GetByRole(AriaRole.Button, new() { Name = "Enregistrer l'annotation" }).First.ClickAsync();
        await Assertions.Expect(classDebrief.Locator("article.class-team").First.Locator(".turn-note[data-turn='2']")).ToContainTextAsync("Enregistrée par Enseignant·e");

        await team.GetByTestId("load-debrief").ClickAsync();
        await Assertions.Expect(team.GetByTestId("annotations-2")).ToHaveTextAsync("Bonne lecture de la saisonnalité ; chiffrez le coût de la commission.");
        await team.ScreenshotAsync(new() { Path = Shot("10-debrief-equipe-1280.png"), FullPage = true });
        await team.SetViewportSizeAsync(360, 740);
        await team.ScreenshotAsync(new() { Path = Shot("11-debrief-equipe-360.png"), FullPage = true });
        await team.SetViewportSizeAsync(1280, 900);

        await PrintFrom(team);
        Assert.True(await Shown(team, "[data-testid=debrief-figures]"));
        Assert.True(await Shown(team, "[data-testid=what-if-result] table"));
        Assert.False(await Shown(team, "[data-testid=standings], [data-testid=submit-decisions], .topbar, #what-if-value, [data-testid=print-debrief]"));
        await team.ScreenshotAsync(new() { Path = Shot("12-debrief-equipe-impression.png"), FullPage = true });

        await PrintFrom(teacher);
        Assert.True(await Shown(teacher, "[data-testid=class-debrief] article.class-team"));
        Assert.False(await Shown(teacher, "[data-testid=team-status], [data-testid=join-codes], .topbar, [data-testid=class-debrief] textarea"));
        await teacher.ScreenshotAsync(new() { Path = Shot("13-debrief-classe-impression.png"), FullPage = true });
        await teacher.EmulateMediaAsync(new() { Media = Media.Screen });
        await teacher.ScreenshotAsync(new() { Path = Shot("14-debrief-classe-ecran.png"), FullPage = true });
    }
}
