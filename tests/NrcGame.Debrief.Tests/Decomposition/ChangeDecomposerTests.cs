namespace NrcGame.Debrief.Tests.Decomposition;

public sealed class ChangeDecomposerTests
{
    private static ScriptedGame GameWithChangesInTurn2()
    {
        var game = new ScriptedGame().Play();
        game.Change("f1", decisions => decisions with
        {
            Pricing = decisions.Pricing with { ListPrice = new Dictionary<string, decimal> { [ScenarioFactory.Consumers] = 18m, [ScenarioFactory.Professionals] = 240m } },
            Staffing = decisions.Staffing with { TrainingDaysPerRep = 2 },
            Promotion = decisions.Promotion with { Media = new Dictionary<string, decimal> { [ScenarioFactory.Consumers] = 45000m, [ScenarioFactory.Professionals] = 8000m } },
        });
        game.Change("f2", decisions => decisions with { Pricing = decisions.Pricing with { Discount = new Dictionary<string, decimal> { [ScenarioFactory.Hypermarket] = 0.15m } } });
        return game.Play();
    }

    private static ChangeDecomposition Decompose(ScriptedGame game, int turn, string firm = "f1") =>
        ChangeDecomposer.Decompose(game.Input(turn - 1), game.Result(turn - 1, firm), game.Input(turn), firm);

    [Fact]
    public void Effects_plus_remainder_equal_the_actual_change_exactly()
    {
        var game = GameWithChangesInTurn2();
        var decomposition = Decompose(game, 2);

        var actual = SalesAndProfit.Of(game.Result(2)) - SalesAndProfit.Of(game.Result(1));
        Assert.Equal(actual, decomposition.ActualChange);
        Assert.Equal(actual, decomposition.SumOfEffects + decomposition.Remainder);
        Assert.Equal(Enum.GetValues<ChangeCause>(), decomposition.Effects.Select(effect => effect.Cause));
    }

    [Fact]
    public void Causes_that_changed_have_an_effect_and_causes_that_did_not_have_none()
    {
        var decomposition = Decompose(GameWithChangesInTurn2(), 2);
        SalesAndProfit Effect(ChangeCause cause) => decomposition.Effects.Single(effect => effect.Cause == cause).Effect;

        // f1 cut its prices (more units), trained its reps and raised its media budget; f2 raised its remise; the calendar moved a quarter.
        Assert.True(Effect(ChangeCause.Price).Units > 0);
        Assert.NotEqual(SalesAndProfit.Zero, Effect(ChangeCause.SalesEffort));
        Assert.NotEqual(SalesAndProfit.Zero, Effect(ChangeCause.Promotion));
        Assert.NotEqual(SalesAndProfit.Zero, Effect(ChangeCause.Competitors));
        Assert.NotEqual(SalesAndProfit.Zero, Effect(ChangeCause.MarketGrowth));
        // f1 did not touch its trade marketing.
        Assert.Equal(SalesAndProfit.Zero, Effect(ChangeCause.Distribution));
    }

    [Fact]
    public void A_firm_and_rivals_that_changed_nothing_get_zero_decision_effects()
    {
        var game = new ScriptedGame().Play(2);
        var decomposition = Decompose(game, 2, "f3");

        foreach (var effect in decomposition.Effects.Where(effect => effect.Cause != ChangeCause.MarketGrowth))
            Assert.Equal(SalesAndProfit.Zero, effect.Effect);
        Assert.Equal(decomposition.ActualChange, decomposition.Effects.Single(effect => effect.Cause == ChangeCause.MarketGrowth).Effect + decomposition.Remainder);
    }

    [Fact]
    public void A_flat_calendar_gives_no_market_growth_effect()
    {
        var game = new ScriptedGame(tune: scenario => scenario with
        {
            Segments = scenario.Segments.Select(segment => segment with { GrowthPerQuarter = 0, Seasonality = [1.0, 1.0, 1.0, 1.0] }).ToList(),
        }).Play(2);

        Assert.Equal(SalesAndProfit.Zero, Decompose(game, 2).Effects.Single(effect => effect.Cause == ChangeCause.MarketGrowth).Effect);
    }

    [Fact]
    public void The_shifted_calendar_gives_turn_N_the_base_volume_of_turn_N_minus_1()
    {
        var scenario = ScenarioFactory.Standard() with { Outlook = [1.0, 0.9, 0.8] };
        var shifted = CauseReversion.ShiftedBackOneQuarter(scenario);
        var segment = scenario.Segments[0];
        var moved = shifted.Segments[0];

        // Turn 3 (quarter 3) as played: growth², SI[2] = 0.8, outlook 0.8; shifted: the values of turn 2.
        Assert.Equal(segment.Potential["T1"] / (1 + segment.GrowthPerQuarter), moved.Potential["T1"], 9);
        Assert.Equal(segment.Seasonality[1], moved.Seasonality[2]);
        Assert.Equal([1.0, 1.0, 0.9, 0.8], shifted.Outlook);
    }

    [Fact]
    public void Reverting_a_cause_replaces_exactly_its_decisions()
    {
        var game = GameWithChangesInTurn2();
        var before = game.Input(1).Firms["f1"].Decisions;
        var now = game.Input(2).Firms["f1"].Decisions;

        var price = CauseReversion.Revert(game.Input(2), game.Input(1), "f1", ChangeCause.Price).Firms["f1"].Decisions;
        Assert.Equal(before.Pricing, price.Pricing);
        Assert.Equal(now.Staffing, price.Staffing);

        var promotion = CauseReversion.Revert(game.Input(2), game.Input(1), "f1", ChangeCause.Promotion).Firms["f1"].Decisions;
        Assert.Same(before.Promotion.Media, promotion.Promotion.Media);
        Assert.Same(now.Promotion.Trade, promotion.Promotion.Trade);

        var rivals = CauseReversion.Revert(game.Input(2), game.Input(1), "f1", ChangeCause.Competitors);
        Assert.Same(now, rivals.Firms["f1"].Decisions);
        Assert.Same(game.Input(1).Firms["f2"].Decisions, rivals.Firms["f2"].Decisions);
        Assert.Same(game.Input(2).Firms["f2"].State, rivals.Firms["f2"].State);
    }

    [Fact]
    public void Every_cause_has_a_french_label_and_explanation()
    {
        foreach (var cause in Enum.GetValues<ChangeCause>())
        {
            Assert.False(string.IsNullOrWhiteSpace(CauseReversion.Label(cause)));
            Assert.Contains("trimestre", CauseReversion.Explanation(cause), StringComparison.OrdinalIgnoreCase);
        }
    }

    [FsCheck.Xunit.Property(MaxTest = 16)]
    public bool Causes_left_unchanged_have_exactly_zero_effect(bool price, bool effort, bool promotion, bool distribution)
    {
        var game = new ScriptedGame().Play();
        game.Change("f1", decisions => decisions with
        {
            Pricing = price ? decisions.Pricing with { PaymentTermsDays = 45 } : decisions.Pricing,
            Remuneration = effort ? decisions.Remuneration with { StimulationBudget = 10_000m } : decisions.Remuneration,
            Promotion = decisions.Promotion with
            {
                Sponsorship = promotion ? new Dictionary<string, decimal> { [ScenarioFactory.Consumers] = 20_000m } : decisions.Promotion.Sponsorship,
                Trade = distribution
                    ? new Dictionary<string, TradeDecision>(decisions.Promotion.Trade) { [ScenarioFactory.Hypermarket] = new TradeDecision { ListingFees = 30_000m } }
                    : decisions.Promotion.Trade,
            },
        }).Play();
        var decomposition = Decompose(game, 2);
        var effects = decomposition.Effects.ToDictionary(effect => effect.Cause, effect => effect.Effect);
        var actual = SalesAndProfit.Of(game.Result(2)) - SalesAndProfit.Of(game.Result(1));
        if (decomposition.ActualChange != actual || decomposition.SumOfEffects + decomposition.Remainder != actual) return false;

        bool ZeroUnlessChanged(ChangeCause cause, bool changed) => changed || effects[cause] == SalesAndProfit.Zero;
        return ZeroUnlessChanged(ChangeCause.Price, price) && ZeroUnlessChanged(ChangeCause.SalesEffort, effort)
               && ZeroUnlessChanged(ChangeCause.Promotion, promotion) && ZeroUnlessChanged(ChangeCause.Distribution, distribution)
               && effects[ChangeCause.Competitors] == SalesAndProfit.Zero;
    }

    [Fact]
    public void Each_effect_is_the_played_figures_minus_an_engine_rerun_with_that_cause_alone_reverted()
    {
        var game = GameWithChangesInTurn2();
        var decomposition = Decompose(game, 2);
        var (before, now) = (game.Input(1), game.Input(2));
        SalesAndProfit Rerun(string firm, Func<FirmDecisions, FirmDecisions, FirmDecisions> revert) =>
            SalesAndProfit.Of(TurnResolver.Resolve(now with
            {
                Firms = now.Firms.ToDictionary(pair => pair.Key, pair => pair.Key == firm
                    ? pair.Value with { Decisions = revert(pair.Value.Decisions, before.Firms[firm].Decisions) }
                    : pair.Value),
            }).Firms["f1"]);
        var played = SalesAndProfit.Of(game.Result(2));

        Assert.Equal(played - Rerun("f1", (current, previous) => current with { Pricing = previous.Pricing }),
            decomposition.Effects.Single(effect => effect.Cause == ChangeCause.Price).Effect);
        Assert.Equal(played - Rerun("f2", (_, previous) => previous),
            decomposition.Effects.Single(effect => effect.Cause == ChangeCause.Competitors).Effect);
        // The three changes of f1 interact and the team carried a different state into turn 2: the remainder says so.
        Assert.NotEqual(SalesAndProfit.Zero, decomposition.Remainder);
    }

    [Fact]
    public void Only_consecutive_turns_are_compared()
    {
        var game = new ScriptedGame().Play(3);

        var error = Assert.Throws<ArgumentException>(() => ChangeDecomposer.Decompose(game.Input(1), game.Result(1), game.Input(3), "f1"));
        Assert.Contains("ne suit pas", error.Message);
        Assert.Throws<ArgumentException>(() => ChangeDecomposer.Decompose(game.Input(1), game.Result(1), game.Input(2), "f9"));
    }
}
