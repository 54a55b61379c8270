namespace NrcGame.Debrief.Tests.Support;

/// <summary>The games the concept-rule tests play: a neutral game, and one game built to trigger each rule (firm f1).</summary>
internal static class Games
{
    public const int Turns = 4;

    private static readonly DateTimeOffset Morning = new(2026, 11, 28, 8, 0, 0, TimeSpan.Zero);

    /// <summary>
    /// A well-run firm: reference decisions all game long, each departure replaced by a hire the next turn, one member
    /// submitting the decisions once per turn.
    /// </summary>
    public static TeamHistory Neutral() => NeutralGame().History(edits: OneAuthor());

    /// <summary>The neutral game with the rehiring policy applied before each turn, and <paramref name="script"/> applied before turn 2 onwards.</summary>
    public static ScriptedGame NeutralGame(Func<FirmDecisions, FirmDecisions>? fromTurn2 = null, Func<MarketScenario, MarketScenario>? tune = null,
        Func<FirmDecisions, FirmDecisions>? fromTurn1 = null, Func<int, Func<FirmDecisions, FirmDecisions>?>? atTurn = null)
    {
        var game = new ScriptedGame(tune: tune);
        var reference = game.Reference();
        for (var turn = 1; turn <= Turns; turn++)
        {
            var quits = turn == 1 ? 0 : game.Result(turn - 1).SalesTeam.Reps.Count(rep => rep.Departure == DepartureReason.Quit);
            var decisions = reference with { Staffing = reference.Staffing with { Hires = quits == 0 ? [] : [new HireOrder(RepStatus.FieldRep, quits)] } };
            // A neutral manager also restocks what the market asked for last quarter and sets the quota on what the
            // team sold, corrected for the season, so that neither a stock-out nor a stale quota makes a rule fire.
            if (turn > 1)
            {
                var last = game.Result(turn - 1);
                var season = game.Scenario.Segments.Average(segment => segment.Seasonality[(turn - 1) % 4] / segment.Seasonality[(turn - 2) % 4]);
                var perRep = last.SalesTeam.Reps.Where(rep => rep.Quota > 0).Select(rep => rep.Sales).DefaultIfEmpty(reference.Remuneration.Quota).Average();
                decisions = decisions with
                {
                    Purchases = last.Sales.Segments.ToDictionary(s => s.Segment, s => (long)Math.Ceiling(s.Demand * 1.1)),
                    Remuneration = decisions.Remuneration with { Quota = Math.Round(perRep * (decimal)season, 0) },
                };
            }
            if (fromTurn1 is not null) decisions = fromTurn1(decisions);
            if (turn >= 2 && fromTurn2 is not null) decisions = fromTurn2(decisions);
            if (atTurn?.Invoke(turn) is { } change) decisions = change(decisions);
            game.Change("f1", _ => decisions).Play();
        }
        return game;
    }

    public static IReadOnlyList<DecisionEdit> OneAuthor() =>
        Enumerable.Range(1, Turns).Select(turn => new DecisionEdit(turn, "alice", Morning.AddHours(turn), false)).ToList();

    /// <summary>A game built to trigger each rule, by rule id.</summary>
    public static IReadOnlyDictionary<string, Func<TeamHistory>> Triggers { get; } = new Dictionary<string, Func<TeamHistory>>
    {
        ["coordination-equipe"] = () => NeutralGame().History(edits:
        [
            .. OneAuthor(),
            new DecisionEdit(2, "bob", Morning.AddHours(2.5), false),
            new DecisionEdit(2, "alice", Morning.AddHours(2.6), true),
        ]),
        ["evolution-environnement"] = () => NeutralGame(tune: scenario => scenario with { Outlook = [1.0, 1.0, 0.85, 0.85] }).History(),
        ["force-de-vente-externe"] = () => NeutralGame(atTurn: turn => turn == 2
            ? decisions => decisions with { Staffing = decisions.Staffing with { Hires = [new HireOrder(RepStatus.Agent, 2)] } }
            : null).History(),
        ["style-management"] = () => NeutralGame(fromTurn1: decisions => decisions with
        {
            Remuneration = decisions.Remuneration with { ManagementStyle = ManagementStyle.Directive },
        }).History(),
        ["equipe-sous-talley"] = () => NeutralGame(atTurn: turn => turn == 2
            ? decisions => decisions with { Staffing = decisions.Staffing with { Dismissals = ["r1", "r2"] } }
            : null).History(),
        ["cout-licenciement"] = () => NeutralGame(atTurn: turn => turn == 2
            ? decisions => decisions with { Staffing = decisions.Staffing with { Dismissals = ["r3"], Hires = [new HireOrder(RepStatus.FieldRep, 1)] } }
            : null).History(),
        ["pilotage-objectifs"] = () => NeutralGame(fromTurn1: decisions => decisions with
        {
            Objectives = new Dictionary<string, decimal> { [ScenarioFactory.Consumers] = 1_000_000m },
        }).History(),
        ["remuneration-100-commission"] = () => NeutralGame(fromTurn2: decisions => decisions with
        {
            Remuneration = decisions.Remuneration with { FixedSalary = 0m, CommissionRate = 0.08m, Bonus = 0m },
        }).History(),
        ["quota-potentiel"] = () => NeutralGame(fromTurn2: decisions => decisions with
        {
            Remuneration = decisions.Remuneration with { Quota = decisions.Remuneration.Quota * 3, QuotaRule = QuotaRule.Uniform },
        }).History(),
        ["stimulation-ponctuelle"] = () => NeutralGame(atTurn: turn => turn == 2
            ? decisions => decisions with { Remuneration = decisions.Remuneration with { StimulationBudget = 20_000m } }
            : null).History(),
        ["baisse-remuneration-departs"] = () => NeutralGame(fromTurn2: decisions => decisions with
        {
            Remuneration = decisions.Remuneration with { FixedSalary = decisions.Remuneration.FixedSalary / 2 },
        }).History(),
        ["formation"] = () => NeutralGame(atTurn: turn => turn == 3
            ? decisions => decisions with { Staffing = decisions.Staffing with { TrainingDaysPerRep = 3 } }
            : null).History(),
        ["trade-sans-referencement"] = () => NeutralGame(fromTurn2: decisions => decisions with
        {
            Promotion = decisions.Promotion with
            {
                Trade = new Dictionary<string, TradeDecision>(decisions.Promotion.Trade) { [ScenarioFactory.ECommerce] = new TradeDecision { ListingFees = 15_000m } },
            },
        }).History(),
        ["erosion-marge"] = () => NeutralGame(fromTurn2: decisions => decisions with
        {
            Pricing = decisions.Pricing with { ListPrice = new Dictionary<string, decimal>(decisions.Pricing.ListPrice) { [ScenarioFactory.Consumers] = 15m } },
        }).History(),
        ["gestion-risque-client"] = () => NeutralGame(fromTurn2: decisions => decisions with
        {
            Pricing = decisions.Pricing with { AcceptedCreditClasses = ["A", "B", "C"] },
        }).History(),
        ["delais-paiement-risque"] = () => NeutralGame(fromTurn2: decisions => decisions with
        {
            Pricing = decisions.Pricing with { PaymentTermsDays = 60 },
        }).History(),
        ["ecart-sur-prix"] = () =>
        {
            // Objective = units the neutral firm sells × list price: the volumes are on plan, the remises make the gap.
            var neutral = NeutralGame();
            return NeutralGame(atTurn: turn => decisions => decisions with
            {
                Objectives = new Dictionary<string, decimal>
                {
                    [ScenarioFactory.Consumers] = neutral.Result(turn).Sales.Segments.Single(segment => segment.Segment == ScenarioFactory.Consumers).UnitsSold * 20m,
                },
            }).History();
        },
    };
}
