using System.Globalization;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace NrcGame.Browser.Tests;

/// <summary>A teacher and two teams play a first turn in three separate browser contexts.</summary>
[Collection(BrowserCollection.Name)]
public sealed class FirstTurnInTheBrowserTests(BrowserFixture browser) : IAsyncLifetime
{
    private AppProcess app = null!;

    public async Task InitializeAsync() => app = await AppProcess.StartAsync();

    public async Task DisposeAsync() => await app.DisposeAsync();

    private Task<IPage> NewPerson(int width = 1280, int height = 900) => browser.NewPerson(app, width, height);

    private static Task<IPage> JoinTeam(IPage page, string code, string name) => page.JoinTeam(code, name);

    [Fact]
    public async Task Two_students_of_one_team_co_edit_the_draft_submit_and_both_see_the_results_and_charts_after_the_teacher_resolves()
    {
        var teacher = await NewPerson();
        var code = await teacher.CreateGame();
        await teacher.GetByRole(AriaRole.Button, new() { Name = "Démarrer la partie (ouvrir le trimestre 1)" }).ClickAsync();

        var camille = await JoinTeam(await NewPerson(), code, "Camille");
        var leo = await JoinTeam(await NewPerson(360, 740), code, "Léo");
        await Assertions.Expect(camille.GetByTestId("live-state")).ToHaveTextAsync("En direct");
        await Assertions.Expect(leo.GetByTestId("live-state")).ToHaveTextAsync("En direct");
        await Assertions.Expect(camille.GetByTestId("pro-forma-costs")).ToBeVisibleAsync();

        var leoRate = leo.GetByLabel("Taux de commission (%)");
        await leoRate.FillAsync("7,5");
        await leoRate.PressAsync("Tab");
        await Assertions.Expect(camille.GetByLabel("Taux de commission (%)")).ToHaveValueAsync("7,5");
        await Assertions.Expect(camille.Locator("[data-stamp='remuneration.commissionRate']")).ToContainTextAsync("modifié par Léo");

        var camillePrice = camille.GetByLabel("Prix catalogue HT — Grand public (€)");
        await camillePrice.FillAsync("19.9");
        await camillePrice.PressAsync("Tab");
        await Assertions.Expect(leo.GetByLabel("Prix catalogue HT — Grand public (€)")).ToHaveValueAsync("19,9");

        await leoRate.FillAsync("beaucoup");
        await leoRate.PressAsync("Tab");
        await Assertions.Expect(leo.Locator("[data-field='remuneration.commissionRate']")).ToHaveAttributeAsync("aria-invalid", "true");
        await Assertions.Expect(camille.GetByLabel("Taux de commission (%)")).ToHaveValueAsync("7,5");

        // Out of range: the French message names the field and the range at once, and nothing is submitted.
        await leoRate.FillAsync("25");
        await leoRate.PressAsync("Tab");
        await Assertions.Expect(leo.Locator("[data-error='remuneration.commissionRate']")).ToContainTextAsync("Taux de commission : 25 % est hors de la plage autorisée (0 % – 20 %)");
        await Assertions.Expect(camille.GetByTestId("pro-forma")).ToContainTextAsync("Taux de commission : 25 % est hors de la plage autorisée");
        await leo.GetByTestId("submit-decisions").ClickAsync();
        await Assertions.Expect(leo.Locator("form[aria-labelledby=decisions-title] div.error")).ToContainTextAsync("Taux de commission");
        await Assertions.Expect(leo.GetByTestId("submission-state")).ToContainTextAsync("non envoyées");
        await Assertions.Expect(camille.GetByTestId("submission-state")).ToContainTextAsync("non envoyées");
        await leo.ScreenshotAsync(new() { Path = Shot("08-decision-invalide-360"), FullPage = true });

        await leoRate.FillAsync("7.5");
        await leoRate.PressAsync("Tab");
        await Assertions.Expect(leo.Locator("[data-error='remuneration.commissionRate']")).ToBeHiddenAsync();
        await Assertions.Expect(camille.GetByTestId("pro-forma-costs")).ToBeVisibleAsync();

        // The escompte window may not exceed the payment terms (30 days here): the engine's French message, nothing submitted.
        await Fill(leo.GetByLabel("Escompte pour paiement anticipé (%)"), "2");
        var window = leo.GetByLabel("Délai pour bénéficier de l'escompte (jours)");
        await Fill(window, "45");
        await Assertions.Expect(leo.Locator("[data-error='pricing.earlyPaymentDays']")).ToContainTextAsync("Délai pour bénéficier de l'escompte : 45 jours est hors de la plage autorisée (0 – 30 jours, au plus le délai de paiement)");
        await Assertions.Expect(camille.Locator("[data-error='pricing.earlyPaymentDays']")).ToContainTextAsync("Délai pour bénéficier de l'escompte : 45 jours");
        await leo.GetByTestId("submit-decisions").ClickAsync();
        await Assertions.Expect(leo.Locator("form[aria-labelledby=decisions-title] div.error")).ToContainTextAsync("Délai pour bénéficier de l'escompte");
        await Assertions.Expect(camille.GetByTestId("submission-state")).ToContainTextAsync("non envoyées");
        await Fill(window, "10");
        await Assertions.Expect(leo.Locator("[data-error='pricing.earlyPaymentDays']")).ToBeHiddenAsync();
        await Assertions.Expect(leo.Locator("form[aria-labelledby=decisions-title] div.error")).ToBeHiddenAsync();
        await Assertions.Expect(camille.GetByLabel("Délai pour bénéficier de l'escompte (jours)")).ToHaveValueAsync("10");

        // Text that is not a value of its field (half a day, a word) stays on this screen: submitting sends nothing and
        // lists every such field by its label, not by the server's path.
        var terms = leo.GetByLabel("Délai de paiement accordé (jours)");
        await Fill(terms, "45,5");
        await Fill(leoRate, "beaucoup");
        await leo.GetByTestId("submit-decisions").ClickAsync();
        var refusal = leo.Locator("form[aria-labelledby=decisions-title] div.error");
        await Assertions.Expect(refusal).ToContainTextAsync("Décisions non envoyées");
        await Assertions.Expect(refusal.Locator("li")).ToHaveTextAsync(["Délai de paiement accordé : saisissez un nombre entier de jours.", "Taux de commission : saisissez un nombre."]);
        await Assertions.Expect(camille.GetByLabel("Délai de paiement accordé (jours)")).ToHaveValueAsync("30");
        await refusal.ScreenshotAsync(new() { Path = Shot("08b-saisie-illisible-360") });
        await Assertions.Expect(camille.GetByTestId("submission-state")).ToContainTextAsync("non envoyées");
        await Fill(terms, "30");
        await Fill(leoRate, "7,5");

        // Credit classes and a rep's own time split are shared like any field, with the keyboard.
        await camille.GetByLabel(new Regex("^Classe D — ")).FocusAsync();
        await camille.Keyboard.PressAsync("Space");
        await Assertions.Expect(leo.GetByLabel(new Regex("^Classe D — "))).Not.ToBeCheckedAsync();
        await Assertions.Expect(leo.Locator("[data-stamp='pricing.acceptedCreditClasses']")).ToContainTextAsync("modifié par Camille");
        var ownSplit = leo.Locator("[data-editor='allocation.perRep'] input[type=checkbox]").First;
        await ownSplit.CheckAsync();
        var repId = await ownSplit.Locator("xpath=ancestor::*[@data-rep]").GetAttributeAsync("data-rep");
        var firstCell = $"{repId} : Secteur 1 — Hyper et supermarchés (%)";
        await Fill(leo.GetByLabel(firstCell), "0");
        await Assertions.Expect(camille.GetByLabel(firstCell)).ToHaveValueAsync("0");
        // The cells left as shown keep their exact shares (thirds of the time show as 6,667 % and 16,667 %).
        await Assertions.Expect(camille.GetByTestId($"own-split-{repId}-total")).ToHaveTextAsync("Total : 90 % du temps de vente (au plus 100 %).");
        await Assertions.Expect(camille.Locator("[data-stamp='allocation.perRep']")).ToContainTextAsync("modifié par Léo");

        // The pro-forma follows the shared draft: a teammate's pay rise shows in the other's payroll.
        var payroll = leo.GetByTestId("pro-forma-costs").Locator("tr").First;
        var payrollBefore = await payroll.InnerTextAsync();
        var salary = camille.GetByLabel("Salaire fixe trimestriel (brut) (€)");
        await salary.FillAsync("8000");
        await salary.PressAsync("Tab");
        await Assertions.Expect(payroll).Not.ToHaveTextAsync(payrollBefore);

        // List decisions are shared too: a hire added by Léo, a study bought by Camille with the keyboard.
        await leo.GetByRole(AriaRole.Button, new() { Name = "Ajouter une embauche" }).ClickAsync();
        await leo.GetByLabel("Contrat — embauche 1").SelectOptionAsync("VrpExclusive");
        await Assertions.Expect(camille.GetByLabel("Contrat — embauche 1")).ToHaveValueAsync("VrpExclusive");
        await Assertions.Expect(camille.Locator("[data-stamp='staffing.hires']")).ToContainTextAsync("modifié par Léo");
        await camille.GetByLabel("Prix des concurrents").FocusAsync();
        await camille.Keyboard.PressAsync("Space");
        await Assertions.Expect(leo.GetByLabel("Prix des concurrents")).ToBeCheckedAsync();
        await Assertions.Expect(leo.GetByTestId("pro-forma-costs").Locator("tr", new() { HasText = "Études de marché" })).ToHaveTextAsync(new Regex(@"3\s000,00"));

        await camille.ScreenshotAsync(new() { Path = Shot("06-decisions-proforma-1280"), FullPage = true });
        await leo.ScreenshotAsync(new() { Path = Shot("07-decisions-proforma-360"), FullPage = true });
        await ScreenshotEachWidth(camille, leo, "#decisions", "13-decisions");
        await ScreenshotEachWidth(camille, leo, "#pro-forma", "14-pro-forma");
        await camille.GetByTestId("submit-decisions").ClickAsync();
        await Assertions.Expect(leo.GetByTestId("submission-state")).ToContainTextAsync("envoyées par Camille", new() { Timeout = 10_000 });

        await teacher.GetByTestId("resolve").ClickAsync();
        foreach (var student in new[] { camille, leo })
        {
            await Assertions.Expect(student.GetByRole(AriaRole.Heading, new() { Name = "Résultats du trimestre 1" })).ToBeVisibleAsync();
            foreach (var chart in new[] { "chart-sales", "chart-share", "chart-margin", "chart-cash", "chart-team" })
                await Assertions.Expect(student.GetByTestId(chart).Locator("svg circle").First).ToBeVisibleAsync();
            await Assertions.Expect(student.GetByTestId("study-competitorPrices")).ToBeVisibleAsync();
            await Assertions.Expect(student.GetByTestId("submission-state")).ToContainTextAsync("Trimestre 2");
            await student.EvaluateAsync("() => document.querySelectorAll('details').forEach(d => d.open = true)");
            Assert.True(await ShownFiguresEqualTheResults(student) > 150);
        }
        await camille.Locator("#results").ScreenshotAsync(new() { Path = Shot("09-resultats-1280") });
        await leo.Locator("#results").ScreenshotAsync(new() { Path = Shot("10-resultats-360") });
        await camille.ScreenshotAsync(new() { Path = Shot("11-cockpit-complet-1280"), FullPage = true });
        await leo.ScreenshotAsync(new() { Path = Shot("12-cockpit-complet-360"), FullPage = true });

        // A second quarter: the last one shows first, an earlier one is chosen with the keyboard, figures still the engine's.
        await teacher.GetByTestId("resolve").ClickAsync();
        foreach (var student in new[] { camille, leo })
        {
            await Assertions.Expect(student.GetByRole(AriaRole.Heading, new() { Name = "Résultats du trimestre 2" })).ToBeVisibleAsync();
            var quarter = student.GetByLabel("Trimestre affiché");
            await quarter.FocusAsync();
            await student.Keyboard.PressAsync("ArrowUp");
            await Assertions.Expect(student.GetByRole(AriaRole.Heading, new() { Name = "Résultats du trimestre 1" })).ToBeVisibleAsync();
            await Assertions.Expect(student.Locator("[data-result-turn]")).ToHaveAttributeAsync("data-result-turn", "1");
            await student.EvaluateAsync("() => document.querySelectorAll('details').forEach(d => d.open = true)");
            Assert.True(await ShownFiguresEqualTheResults(student) > 150);
            await student.GetByTestId("load-debrief").ClickAsync();
            await Assertions.Expect(student.GetByTestId("debrief-causes")).ToBeVisibleAsync();
            // List decisions read in French in the decision log: the quarter-1 hire and study lapsed in quarter 2.
            var lapsed = student.GetByTestId("decision-log").Locator("[data-turn='2']");
            await Assertions.Expect(lapsed).ToContainTextAsync("Embauche 1 — contrat : VRP exclusif → —");
            await Assertions.Expect(lapsed).ToContainTextAsync("Étude de marché achetée : Prix des concurrents → —");
        }
        await ScreenshotEachWidth(camille, leo, "#results", "15-resultats-trimestre-1");
        await ScreenshotEachWidth(camille, leo, "#standings", "16-classement");
        await ScreenshotEachWidth(camille, leo, "#debrief", "17-debriefing");
    }

    /// <summary>Types <paramref name="text"/> in a field and leaves it, as a student does.</summary>
    private static async Task Fill(ILocator field, string text)
    {
        await field.FillAsync(text);
        await field.PressAsync("Tab");
    }

    /// <summary>
    /// Screenshots one screen of the cockpit on the desktop page and on the 360 px page, cut from the whole page so
    /// that the sticky countdown stays at the top where it belongs instead of over the screen.
    /// </summary>
    private static async Task ScreenshotEachWidth(IPage desktop, IPage phone, string screen, string name)
    {
        foreach (var (page, width) in new[] { (desktop, 1280), (phone, 360) })
        {
            var box = await page.Locator(screen).EvaluateAsync<double[]>(
                "e => { const r = e.getBoundingClientRect(); return [r.left + scrollX, r.top + scrollY, r.width, r.height]; }");
            await page.ScreenshotAsync(new() { Path = Shot($"{name}-{width}"), FullPage = true, Clip = new() { X = (float)box[0], Y = (float)box[1], Width = (float)box[2], Height = (float)box[3] } });
        }
    }

    private static string Shot(string name) => Path.Combine(BrowserFixture.ScreenshotFolder, $"{name}.png");

    /// <summary>
    /// Checks every figure the results screen tags with its place in the engine's result against the results the
    /// API returns for the team (themselves checked against the engine in the web tests); returns how many.
    /// </summary>
    private static async Task<int> ShownFiguresEqualTheResults(IPage page)
    {
        var results = JsonNode.Parse(await page.EvaluateAsync<string>(
            "async () => (await fetch(`/api/games/${JSON.parse(sessionStorage.getItem('nrcgame.session')).gameId}/firms/${JSON.parse(sessionStorage.getItem('nrcgame.session')).firmId}/results`, { headers: { Authorization: `Bearer ${JSON.parse(sessionStorage.getItem('nrcgame.session')).token}` } })).text()"))!.AsArray();
        var turn = int.Parse((await page.Locator("[data-result-turn]").GetAttributeAsync("data-result-turn"))!);
        var figures = await page.Locator("#results [data-path]").EvaluateAllAsync<ShownFigure[]>(
            "elements => elements.map(e => ({ path: e.dataset.path, value: e.dataset.value, kind: e.dataset.kind, text: e.textContent }))");
        foreach (var figure in figures)
        {
            var engine = figure.Path.Split('.').Aggregate<string, JsonNode?>(results[turn - 1], (node, key) => node is JsonArray array ? array[int.Parse(key)] : node?[key]);
            Assert.True(engine is not null, $"{figure.Path} is not in the engine's result");
            var expected = engine!.GetValue<double>();
            Assert.Equal(expected, double.Parse(figure.Value, CultureInfo.InvariantCulture));
            var shown = double.Parse(Regex.Replace(figure.Text, @"[\s\u202f\u00a0€%j]", "").Replace('−', '-').Replace(',', '.'), CultureInfo.InvariantCulture);
            var (scaled, tolerance) = figure.Kind switch
            {
                "percent" => (expected * 100, 0.051),
                "days" => (expected, 0.051),
                _ => (expected, 0.0051),
            };
            Assert.True(Math.Abs(shown - scaled) <= tolerance, $"{figure.Path}: shown « {figure.Text} », engine {expected}");
        }
        return figures.Length;
    }

    /// <summary>A figure as the page shows it: its place in the result, its raw value, its format and its text.</summary>
    private sealed class ShownFigure
    {
        public string Path { get; set; } = "";

        public string Value { get; set; } = "";

        public string Kind { get; set; } = "";

        public string Text { get; set; } = "";
    }

    [Fact]
    public async Task Teacher_and_two_teams_play_a_turn_and_both_teams_see_the_standings_without_reload()
    {
        var teacher = await NewPerson();
        await teacher.GotoAsync("/");
        await Assertions.Expect(teacher.GetByRole(AriaRole.Heading, new() { Name = "Enseignant·e : créer une partie" })).ToBeVisibleAsync();
        await teacher.GetByLabel("Scénario de marché").SelectOptionAsync("marche-standard");
        await Assertions.Expect(teacher.GetByTestId("scenario-goal")).ToContainTextAsync("trimestres");
        await teacher.GetByLabel("Nombre d'équipes d'élèves").FillAsync("2");
        await teacher.ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.ScreenshotFolder, "01-accueil.png"), FullPage = true });
        await teacher.GetByRole(AriaRole.Button, new() { Name = "Créer la partie" }).ClickAsync();
        var codes = teacher.Locator("[data-testid=join-codes] code.join-code");
        await Assertions.Expect(codes).ToHaveCountAsync(2);
        var code1 = await codes.Nth(0).InnerTextAsync();
        var code2 = await codes.Nth(1).InnerTextAsync();

        var team1 = await JoinTeam(await NewPerson(), code1, "Camille");
        var team2 = await JoinTeam(await NewPerson(360, 740), code2, "Yanis");
        await Assertions.Expect(team1.GetByTestId("submission-state")).ToContainTextAsync("pas encore commencé");
        await Assertions.Expect(teacher.GetByTestId("members-f1")).ToContainTextAsync("Camille");
        await Assertions.Expect(teacher.GetByTestId("members-f2")).ToContainTextAsync("Yanis");
        await Assertions.Expect(team1.GetByTestId("submit-decisions")).ToBeDisabledAsync();
        await teacher.GetByRole(AriaRole.Button, new() { Name = "Démarrer la partie (ouvrir le trimestre 1)" }).ClickAsync();
        await Assertions.Expect(teacher.GetByTestId("game-status")).ToContainTextAsync("Trimestre 1 sur 8 — ouvert");
        var projector = await teacher.Context.RunAndWaitForPageAsync(() => teacher.GetByTestId("open-projector").ClickAsync());
        await projector.SetViewportSizeAsync(1920, 1080);
        await Assertions.Expect(projector.GetByTestId("projector-turn")).ToHaveTextAsync("Trimestre 1 sur 8");
        Assert.DoesNotContain("projecteur/", projector.Url);
        await Assertions.Expect(team1.GetByTestId("submit-decisions")).ToBeEnabledAsync();
        await Assertions.Expect(team1.GetByTestId("live-state")).ToHaveTextAsync("En direct");
        await Assertions.Expect(team2.GetByTestId("live-state")).ToHaveTextAsync("En direct");
        await Assertions.Expect(team1.GetByTestId("standings-empty")).ToBeVisibleAsync();

        var price = team1.GetByLabel("Prix catalogue HT — Grand public (€)");
        await price.FillAsync("0");
        await team1.GetByTestId("submit-decisions").ClickAsync();
        await Assertions.Expect(team1.Locator("form[aria-labelledby=decisions-title] div.error")).ToContainTextAsync("Prix catalogue HT");
        await Assertions.Expect(price).ToHaveAttributeAsync("aria-invalid", "true");
        await Assertions.Expect(team1.GetByTestId("submission-state")).ToContainTextAsync("non envoyées");

        await price.FillAsync("18,50");
        await team1.GetByTestId("submit-decisions").ClickAsync();
        await Assertions.Expect(team1.GetByTestId("submission-state")).ToContainTextAsync("envoyées par Camille");
        await Assertions.Expect(teacher.GetByTestId("team-status")).ToContainTextAsync("décisions envoyées");
        await team2.ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.ScreenshotFolder, "02-equipe-360px.png"), FullPage = true });

        await teacher.GetByTestId("resolve").ClickAsync();

        foreach (var team in new[] { team1, team2 })
        {
            var standings = team.GetByTestId("standings");
            await Assertions.Expect(standings).ToHaveAttributeAsync("data-turn", "1");
            await Assertions.Expect(standings.Locator("tbody tr")).ToHaveCountAsync(2);
            await Assertions.Expect(team.GetByTestId("results")).ToContainTextAsync("Chiffre d'affaires HT");
            await Assertions.Expect(team.GetByTestId("results")).ToContainTextAsync("Stock final — Grand public");
            await Assertions.Expect(team.GetByTestId("results")).Not.ToContainTextAsync("NaN");
            await Assertions.Expect(team.GetByTestId("submission-state")).ToContainTextAsync("Trimestre 2");
        }
        teacher.Dialog += (_, dialog) => _ = dialog.AcceptAsync();
        await teacher.Locator("[data-testid=event-cards] button").First.ClickAsync();
        await Assertions.Expect(teacher.GetByTestId("audit-log")).ToContainTextAsync("À partir du trimestre 2");
        await teacher.GetByLabel("Paramètre (chemin, voir scenarios/README.md)").FillAsync("segments[B2C_GP].parameters.priceExponent");
        await teacher.GetByLabel("Opération", new() { Exact = true }).SelectOptionAsync("Multiply");
        await teacher.GetByLabel("Valeur", new() { Exact = true }).FillAsync("1,1");
        await teacher.GetByLabel("Motif (affiché au débriefing)").FillAsync("Clients plus sensibles au prix");
        await teacher.GetByRole(AriaRole.Button, new() { Name = "Appliquer au prochain trimestre" }).ClickAsync();
        await Assertions.Expect(teacher.GetByTestId("audit-log")).ToContainTextAsync("Clients plus sensibles au prix");
        await Assertions.Expect(projector.GetByTestId("projector-standings")).ToHaveAttributeAsync("data-turn", "1");
        await Assertions.Expect(projector.GetByTestId("projector-turn")).ToHaveTextAsync("Trimestre 2 sur 8");
        await Assertions.Expect(projector.GetByTestId("projector-standings")).Not.ToContainTextAsync("€");
        await projector.ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.ScreenshotFolder, "05-projecteur-1080p.png") });
        await team1.GetByTestId("load-debrief").ClickAsync();
        await Assertions.Expect(team1.GetByTestId("debrief-causes")).ToContainTextAsync("deux trimestres");
        await team1.GetByLabel("Décision à changer").SelectOptionAsync("remuneration.commissionRate");
        await team1.GetByLabel("Nouvelle valeur").FillAsync("8");
        await team1.GetByRole(AriaRole.Button, new() { Name = "Et si… ?" }).ClickAsync();
        await Assertions.Expect(team1.GetByTestId("what-if-result")).ToContainTextAsync("Résultat net");
        await team1.ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.ScreenshotFolder, "03-equipe-resultats.png"), FullPage = true });
        await teacher.ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.ScreenshotFolder, "04-enseignant.png"), FullPage = true });
    }
}
