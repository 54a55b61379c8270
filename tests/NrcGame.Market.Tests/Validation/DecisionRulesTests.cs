using NrcGame.Market.Tests.Support;

namespace NrcGame.Market.Tests.Validation;

/// <summary>Decision validation: field paths and French messages naming field, value and range.</summary>
public class DecisionRulesTests
{
    private readonly TestMarket market = new();

    private IReadOnlyList<DecisionError> Validate(Func<FirmDecisions, FirmDecisions> change) =>
        DecisionRules.Validate(market.Scenario, change(market.Decisions["f1"]), market.States["f1"]);

    [Fact]
    public void Reference_decisions_are_valid() => Assert.Empty(Validate(decisions => decisions));

    [Fact]
    public void A_zero_price_is_refused_with_the_field_the_value_and_the_range()
    {
        var error = Assert.Single(Validate(decisions => decisions with
        {
            Pricing = decisions.Pricing with { ListPrice = TestMarket.With(decisions.Pricing.ListPrice, ScenarioFactory.Consumers, 0m) },
        }));
        Assert.Equal("pricing.listPrice.B2C_GP", error.Field);
        // Floor: half the purchase cost (11 € / 2 = 5,50 €); ceiling: five times the reference price (5 × 20 € = 100 €).
        Assert.Equal("Prix catalogue HT (Grand public) : 0 € est hors de la plage autorisée (5,50 € – 100 €).", error.Message);
    }

    [Fact]
    public void Payment_terms_beyond_the_legal_sixty_days_are_refused()
    {
        var error = Assert.Single(Validate(decisions => decisions with { Pricing = decisions.Pricing with { PaymentTermsDays = 90 } }));
        Assert.Equal("pricing.paymentTermsDays", error.Field);
        Assert.Equal("Délai de paiement accordé : 90 jours est hors de la plage autorisée (0 – 60 jours, plafond légal LME).", error.Message);
    }

    [Fact]
    public void Rates_are_shown_as_percentages()
    {
        var error = Assert.Single(Validate(decisions => decisions with
        {
            Pricing = decisions.Pricing with { Discount = TestMarket.With(decisions.Pricing.Discount, ScenarioFactory.Hypermarket, 0.6m) },
        }));
        Assert.Equal("pricing.discount.HYPER", error.Field);
        Assert.Equal("Remise (Hyper et supermarchés) : 60 % est hors de la plage autorisée (0 % – 50 %).", error.Message);
    }

    [Fact]
    public void Unknown_ids_missing_prices_and_overbooked_reps_are_reported()
    {
        var errors = Validate(decisions => decisions with
        {
            Pricing = decisions.Pricing with { ListPrice = new Dictionary<string, decimal> { [ScenarioFactory.Consumers] = 20m, ["B2X"] = 10m }, AcceptedCreditClasses = ["A", "Z"] },
            Staffing = decisions.Staffing with { Dismissals = ["r99"] },
            Allocation = decisions.Allocation with { Default = [new TimeAllocation("T1", ScenarioFactory.Direct, 0.7), new TimeAllocation("T9", ScenarioFactory.Direct, 0.5)] },
            Promotion = decisions.Promotion with { Trade = TestMarket.With(decisions.Promotion.Trade, ScenarioFactory.Hypermarket, new TradeDecision { CooperationRate = 0.5m }) },
        });
        var fields = errors.Select(error => error.Field).ToList();
        Assert.Contains("pricing.listPrice.B2B_PRO", fields);
        Assert.Contains("pricing.listPrice.B2X", fields);
        Assert.Contains("pricing.acceptedCreditClasses", fields);
        Assert.Contains("staffing.dismissals", fields);
        Assert.Contains("allocation.default[1].territory", fields);
        Assert.Contains("allocation.default", fields);
        Assert.Contains("promotion.trade.HYPER.cooperationRate", fields);
        Assert.Contains(errors, error => error.Message == "Répartition par défaut : le total de 120 % dépasse 100 % du temps de vente.");
    }

    [Fact]
    public void A_consumer_promotion_on_a_professional_segment_is_refused()
    {
        var error = Assert.Single(Validate(decisions => decisions with
        {
            Pricing = decisions.Pricing with { Promotion = TestMarket.With(decisions.Pricing.Promotion, ScenarioFactory.Professionals, 0.1m) },
        }));
        Assert.Equal("pricing.promotion.B2B_PRO", error.Field);
    }
}
