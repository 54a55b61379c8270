using Microsoft.Playwright;

namespace NrcGame.Browser.Tests;

/// <summary>
/// Issue 7's "Done when": a teacher runs a class from the console — codes read from the printable
/// sheet, teams seen connecting and submitting live, two resolutions with an event and a parameter
/// change in between — while the projector follows without reload.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class TeacherConsoleTests(BrowserFixture browser) : IAsyncLifetime
{
    private AppProcess app = null!;

    public async Task InitializeAsync() => app = await AppProcess.StartAsync();

    public async Task DisposeAsync() => await app.DisposeAsync();

    private static string Screenshot(string name) => Path.Combine(BrowserFixture.ScreenshotFolder, name);

    [Fact]
    public async Task The_teacher_runs_two_turns_with_an_event_and_a_parameter_change_while_the_projector_follows_live()
    {
        var teacher = await browser.NewPerson(app);
        teacher.Dialog += (_, dialog) => _ = dialog.AcceptAsync();
        await teacher.GotoAsync("/");
        await teacher.GetByLabel("Scénario de marché").SelectOptionAsync("marche-standard");
        await teacher.GetByLabel("Nom de la partie").FillAsync("BTS NRC 1re année — groupe B");
        await teacher.GetByLabel("Nombre d'équipes d'élèves").FillAsync("2");
        await teacher.GetByLabel("Nombre de trimestres (6 à 12)").FillAsync("6");
        await CheckScoreFieldset(teacher);
        await teacher.GetByRole(AriaRole.Button, new() { Name = "Créer la partie" }).ClickAsync();

        await teacher.GetByTestId("open-code-sheet").ClickAsync();
        var cards = teacher.Locator("[data-testid=code-cards] article.code-card");
        await Assertions.Expect(cards).ToHaveCountAsync(2);
        await Assertions.Expect(cards.Nth(0).Locator("svg.qr-code path")).ToHaveAttributeAsync("d", new System.Text.RegularExpressions.Regex("^M"));
        var code1 = await cards.Nth(0).Locator("code.join-code").InnerTextAsync();
        var code2 = await cards.Nth(1).Locator("code.join-code").InnerTextAsync();
        await teacher.ScreenshotAsync(new() { Path = Screenshot("teacher-codes-1280.png"), FullPage = true });
        await teacher.GetByRole(AriaRole.Link, new() { Name = "Retour à la console" }).ClickAsync();

        await teacher.GetByRole(AriaRole.Button, new() { Name = "Démarrer la partie (ouvrir le trimestre 1)" }).ClickAsync();
        await Assertions.Expect(teacher.GetByTestId("game-status")).ToContainTextAsync("Trimestre 1 sur 6 — ouvert");
        var projector = await teacher.Context.RunAndWaitForPageAsync(() => teacher.GetByTestId("open-projector").ClickAsync());
        await projector.SetViewportSizeAsync(1920, 1080);
        await Assertions.Expect(projector.GetByTestId("projector-turn")).ToHaveTextAsync("Trimestre 1 sur 6");
        // A page that reloads loses this mark: it proves every later update arrived live.
        await projector.EvaluateAsync("window.__sameDocument = true");

        // Team 1 comes through its join link (the QR code's target: code in the fragment); team 2 types its code.
        await Assertions.Expect(teacher.GetByTestId("online-f1")).ToHaveTextAsync("hors ligne");
        var camille = await browser.NewPerson(app, 360, 740);
        await camille.GotoAsync($"/#/rejoindre/{Uri.EscapeDataString(code1)}");
        await Assertions.Expect(camille.GetByLabel("Code d'équipe (donné par l'enseignant)")).ToHaveValueAsync(code1);
        Assert.DoesNotContain(code1, camille.Url);
        await People.SignIn(camille, "Camille");
        var yanis = await People.JoinTeam(await browser.NewPerson(app), code2, "Yanis");
        await Assertions.Expect(teacher.GetByTestId("online-f1")).ToHaveTextAsync("1 en ligne : Camille");
        await Assertions.Expect(teacher.GetByTestId("online-f2")).ToHaveTextAsync("1 en ligne : Yanis");

        var price = camille.GetByLabel("Prix catalogue HT — Grand public (€)");
        await price.FillAsync("19,5");
        await price.PressAsync("Tab");
        await Assertions.Expect(teacher.GetByTestId("state-f1")).ToHaveTextAsync("brouillon en cours (dernière modification : Camille)");
        await camille.GetByTestId("submit-decisions").ClickAsync();
        await Assertions.Expect(teacher.GetByTestId("state-f1")).ToHaveTextAsync("décisions envoyées");
        await Assertions.Expect(teacher.GetByTestId("state-f2")).Not.ToHaveTextAsync("décisions envoyées");
        await yanis.GetByTestId("submit-decisions").ClickAsync();
        await Assertions.Expect(teacher.GetByTestId("state-f2")).ToHaveTextAsync("décisions envoyées");
        // The preview follows submissions: Équipe 1's curve is now marked at the price Camille sent.
        await Assertions.Expect(teacher.GetByTestId("demand-curve")).ToContainTextAsync("prix actuel 19,50 €");

        await teacher.Locator("[data-detail=f1]").ClickAsync();
        var detail = teacher.GetByTestId("team-detail");
        await Assertions.Expect(detail).ToContainTextAsync("envoyées par Camille");
        await Assertions.Expect(detail.Locator("tr", new() { HasText = "Prix catalogue HT — Grand public" })).ToContainTextAsync("19,50");
        await Assertions.Expect(detail.Locator("tr", new() { HasText = "Assurance-crédit des créances" })).ToContainTextAsync("Non");
        await Assertions.Expect(detail.Locator("tr", new() { HasText = "Style de management" })).ToContainTextAsync("Persuasif");
        AssertNoRawValue(await detail.InnerTextAsync());
        await teacher.ScreenshotAsync(new() { Path = Screenshot("teacher-console-1280.png"), FullPage = true });

        await teacher.GetByTestId("resolve").ClickAsync();
        await Assertions.Expect(projector.GetByTestId("projector-standings")).ToHaveAttributeAsync("data-turn", "1");
        await Assertions.Expect(projector.GetByTestId("projector-turn")).ToHaveTextAsync("Trimestre 2 sur 6");
        await Assertions.Expect(detail.Locator("table.detail-results")).ToContainTextAsync("T1");

        var card = teacher.GetByTestId("custom-card");
        await card.GetByLabel("Titre annoncé à la classe").FillAsync("Un salon professionnel attire de nouveaux acheteurs");
        await card.GetByLabel("Notions illustrées (sections du référentiel, séparées par des virgules)").FillAsync("S423, S99");
        await card.GetByLabel("Paramètre de la carte (chemin, voir scenarios/README.md)").FillAsync("segments[B2C_GP].potential[*]");
        await card.GetByLabel("Opération de la carte").SelectOptionAsync("Multiply");
        await card.GetByLabel("Valeur de la carte").FillAsync("1,1");
        await card.GetByRole(AriaRole.Button, new() { Name = "Jouer ma carte au prochain trimestre" }).ClickAsync();
        await Assertions.Expect(card.Locator(".error")).ToContainTextAsync("« S99 » n'est pas une section connue du référentiel");
        await card.GetByLabel("Notions illustrées (sections du référentiel, séparées par des virgules)").FillAsync("S423, S63.2");
        await card.GetByRole(AriaRole.Button, new() { Name = "Jouer ma carte au prochain trimestre" }).ClickAsync();
        await Assertions.Expect(teacher.GetByTestId("audit-log")).ToContainTextAsync("Carte de l'enseignant « Un salon professionnel attire de nouveaux acheteurs »");
        await Assertions.Expect(projector.GetByTestId("projector-news")).ToContainTextAsync("Un salon professionnel attire de nouveaux acheteurs");
        // The response curves follow the change being typed: « actuel » and « proposé » coincide until it is complete.
        var curves = teacher.GetByTestId("response-curves");
        var demandLines = curves.GetByTestId("demand-curve").Locator("polyline");
        await Assertions.Expect(demandLines).ToHaveCountAsync(2);
        await Assertions.Expect(curves).ToContainTextAsync("Prix catalogue HT (€)");
        await Assertions.Expect(curves).ToContainTextAsync("Budget publicité média du trimestre (€ HT)");
        await Assertions.Expect(curves).ToContainTextAsync("Part de marché en volume");
        Assert.Equal(await demandLines.Nth(0).GetAttributeAsync("points"), await demandLines.Nth(1).GetAttributeAsync("points"));
        await teacher.GetByLabel("Paramètre (chemin, voir scenarios/README.md)").FillAsync("segments[B2C_GP].parameters.prixExposant");
        await Assertions.Expect(teacher.GetByTestId("market-tuning").Locator(".curve-preview .error")).ToContainTextAsync("chemin inconnu");
        await teacher.GetByLabel("Paramètre (chemin, voir scenarios/README.md)").FillAsync("segments[B2C_GP].parameters.priceExponent");
        await teacher.GetByLabel("Opération", new() { Exact = true }).SelectOptionAsync("Multiply");
        await teacher.GetByLabel("Valeur", new() { Exact = true }).FillAsync("1,2");
        await Assertions.Expect(demandLines).ToHaveCountAsync(2);
        await Assertions.Expect(teacher.GetByTestId("market-tuning").Locator(".curve-preview .error")).ToBeHiddenAsync();
        await Expect(async () => Assert.NotEqual(await demandLines.Nth(0).GetAttributeAsync("points"), await demandLines.Nth(1).GetAttributeAsync("points")));
        await teacher.GetByTestId("market-tuning").ScreenshotAsync(new() { Path = Screenshot("teacher-curves-1280.png") });
        await teacher.SetViewportSizeAsync(360, 740);
        await teacher.GetByLabel("Segment", new() { Exact = true }).SelectOptionAsync("B2B_PRO");
        await Assertions.Expect(teacher.GetByTestId("demand-curve")).ToContainTextAsync("Professionnels");
        await teacher.GetByTestId("response-curves").ScreenshotAsync(new() { Path = Screenshot("teacher-curves-360.png") });
        await teacher.GetByLabel("Segment", new() { Exact = true }).SelectOptionAsync("B2C_GP");
        await teacher.SetViewportSizeAsync(1280, 900);
        await teacher.GetByLabel("Motif (affiché au débriefing)").FillAsync("Les clients comparent davantage les prix");
        await teacher.GetByRole(AriaRole.Button, new() { Name = "Appliquer au prochain trimestre" }).ClickAsync();
        await Assertions.Expect(teacher.GetByTestId("audit-log")).ToContainTextAsync("Les clients comparent davantage les prix");
        await Assertions.Expect(teacher.GetByTestId("audit-log")).ToContainTextAsync("segments[B2C_GP].parameters.priceExponent × 1,2");
        // Applied: the form starts again from no change, so the preview does not propose the same change twice.
        await Assertions.Expect(teacher.GetByLabel("Paramètre (chemin, voir scenarios/README.md)")).ToHaveValueAsync("");
        await Expect(async () => Assert.Equal(await demandLines.Nth(0).GetAttributeAsync("points"), await demandLines.Nth(1).GetAttributeAsync("points")));
        await Assertions.Expect(teacher.GetByTestId("market-tuning").Locator(".curve-preview .error")).ToBeHiddenAsync();

        await teacher.GetByTestId("resolve").ClickAsync();
        await Assertions.Expect(projector.GetByTestId("projector-standings")).ToHaveAttributeAsync("data-turn", "2");
        await Assertions.Expect(projector.GetByTestId("projector-turn")).ToHaveTextAsync("Trimestre 3 sur 6");
        Assert.True(await projector.EvaluateAsync<bool>("window.__sameDocument === true"), "the projector page was reloaded");
        await Assertions.Expect(projector.GetByTestId("projector-standings")).Not.ToContainTextAsync("€");

        await projector.ScreenshotAsync(new() { Path = Screenshot("projector-1920.png") });
        await projector.SetViewportSizeAsync(1280, 720);
        await projector.ScreenshotAsync(new() { Path = Screenshot("projector-1280.png") });
        await teacher.ScreenshotAsync(new() { Path = Screenshot("teacher-console-after-1280.png"), FullPage = true });
        await teacher.SetViewportSizeAsync(1920, 1080);
        await teacher.ScreenshotAsync(new() { Path = Screenshot("teacher-console-1920.png"), FullPage = true });
        await teacher.GotoAsync("/#/codes");
        await teacher.ScreenshotAsync(new() { Path = Screenshot("teacher-codes-1920.png"), FullPage = true });
    }

    /// <summary>
    /// The score fieldset of the creation form: the catch-up check box is a box of ordinary size beside its label, and
    /// that label ends before the next one starts (they once ran into each other); the rate is editable only when ticked.
    /// </summary>
    private static async Task CheckScoreFieldset(IPage teacher)
    {
        var box = teacher.GetByLabel("Bonus de progression pour les équipes de la moitié basse du classement (rattrapage déclaré)");
        var rate = teacher.GetByLabel("Part des points gagnés versée en bonus (%)");
        await Assertions.Expect(rate).ToBeDisabledAsync();
        await box.CheckAsync();
        await Assertions.Expect(rate).ToBeEnabledAsync();
        var boxSize = (await box.BoundingBoxAsync())!;
        Assert.InRange(boxSize.Width, 12, 28);
        Assert.InRange(boxSize.Height, 12, 28);
        var label = (await teacher.Locator("label[for=catch-up]").BoundingBoxAsync())!;
        var next = (await teacher.Locator("label[for=catch-up-rate]").BoundingBoxAsync())!;
        Assert.True(label.Y + label.Height <= next.Y, $"the catch-up label (bottom {label.Y + label.Height}) overlaps the next label (top {next.Y})");
        Assert.True(boxSize.X + boxSize.Width <= label.X, "the box sits beside its label, not over it");
        await teacher.Locator("fieldset.score-weights").ScreenshotAsync(new() { Path = Screenshot("home-score-1280.png") });
        await teacher.SetViewportSizeAsync(360, 740);
        await teacher.Locator("fieldset.score-weights").ScreenshotAsync(new() { Path = Screenshot("home-score-360.png") });
        await teacher.SetViewportSizeAsync(1280, 900);
    }

    /// <summary>What a teacher reads is French: no code value (true/false, null, NaN, enum names, ids) leaks through.</summary>
    private static void AssertNoRawValue(string text)
    {
        var raw = System.Text.RegularExpressions.Regex.Matches(text, @"\b(true|false|null|undefined|NaN|Infinity|object|Revenue|Margin|CashCollected|ProportionalToPotential|Uniform|Ratchet|Directive|Persuasive|Participative|Delegative)\b|\b[A-Z0-9]+_[A-Z0-9_]+\b");
        Assert.True(raw.Count == 0, "raw values shown: " + string.Join(", ", raw.Select(match => match.Value)));
    }

    /// <summary>Retries <paramref name="assertion"/> until it passes (the preview is debounced and computed on the server).</summary>
    private static async Task Expect(Func<Task> assertion)
    {
        for (var attempt = 0; ; attempt++)
        {
            try
            {
                await assertion();
                return;
            }
            catch (Xunit.Sdk.XunitException) when (attempt < 50)
            {
                await Task.Delay(200);
            }
        }
    }
}
