using NrcGame.Market.Accounting;

namespace NrcGame.Market.Tests.Worked;

/// <summary>
/// A whole quarter small enough to check by hand: one firm, one B2B segment, one territory, direct sales, one
/// credit class paying on time, no reps, no advertising, no primary-demand effect.
/// </summary>
public class WorkedQuarterTests
{
    private static readonly MarketScenario Scenario = new()
    {
        Segments =
        [
            new SegmentDefinition
            {
                Id = "PRO", Kind = SegmentKind.B2B, ReferencePrice = 100m, UnitPurchaseCost = 60m, VatRate = 0.20m,
                Seasonality = [1.0, 1.0, 1.0, 1.0],
                Potential = new Dictionary<string, double> { ["T1"] = 1000 },
                ChannelWeights = new Dictionary<string, double> { ["DIRECT"] = 1.0 },
                CreditMix = new Dictionary<string, double> { ["A"] = 1.0 },
                Parameters = MarketParameters.ForB2B with { PrimaryDemandLift = 0 },
            },
        ],
        Territories = [new TerritoryDefinition { Id = "T1" }],
        Channels = [new ChannelDefinition { Id = "DIRECT", Kind = ChannelKind.Direct }],
        CreditClasses = [new CreditClassDefinition("A", 0, 0, 0.06)],
        Start = new InitialPosition { Cash = 100000m, FixedAssets = 0m, DepreciationPerQuarter = 0m, OverheadsPerQuarter = 10000m, Reps = [] },
    };

    private static readonly FirmDecisions Decisions = new()
    {
        Pricing = new PricingDecisions
        {
            ListPrice = new Dictionary<string, decimal> { ["PRO"] = 100m },
            Discount = new Dictionary<string, decimal> { ["DIRECT"] = 0.05m },
            Rebate = 0.02m,
            PaymentTermsDays = 30,
        },
        Purchases = new Dictionary<string, long> { ["PRO"] = 800 },
    };

    private static FirmTurnResult Resolve()
    {
        var state = ScenarioStart.InitialState(Scenario, "f1", 1);
        return TurnResolver.Resolve(new TurnInput(Scenario, 1, 1UL, new Dictionary<string, FirmTurnInput> { ["f1"] = new(state, Decisions) })).Firms["f1"];
    }

    [Fact]
    public void Demand_sales_and_invoice_cascade()
    {
        var result = Resolve();
        var cell = Assert.Single(result.Sales.Cells);
        // Price index = 95 / 100 (same terms as the reference): D = 1 000 × 0,95^(−0,5) = 1 025,98 units; a monopoly takes it all.
        Assert.Equal(1000 * Math.Pow(0.95, -0.5), cell.Demand, 6);
        // Only 800 units in stock: 800 sold, 225,98 lost.
        Assert.Equal(800, cell.UnitsSold);
        Assert.Equal(1000 * Math.Pow(0.95, -0.5) - 800, cell.LostUnits, 6);
        // Brut 800 × 100 = 80 000; remise 5 % = 4 000; ristourne 2 % of 76 000 = 1 520; CA net HT = 74 480.
        Assert.Equal(80000m, cell.GrossHt);
        Assert.Equal(4000m, cell.DiscountHt);
        Assert.Equal(1520m, cell.RebateHt);
        Assert.Equal(74480m, cell.RevenueHt);
    }

    [Fact]
    public void Income_statement_and_tax()
    {
        var income = Resolve().Statements.Income;
        // Ventes 74 480 − coût d'achat des marchandises vendues 800 × 60 = 48 000 → marge commerciale 26 480.
        Assert.Equal(74480m, income.SalesOfGoods);
        Assert.Equal(48000m, income.CostOfGoodsSold);
        Assert.Equal(26480m, income.CommercialMargin);
        // Frais généraux 10 000 → résultat avant impôt 16 480; IS = 15 % × 10 625 + 25 % × 5 855 = 1 593,75 + 1 463,75 = 3 057,50.
        Assert.Equal(16480m, income.CurrentResultBeforeTax);
        Assert.Equal(3057.50m, income.IncomeTax);
        Assert.Equal(13422.50m, income.NetResult);
    }

    [Fact]
    public void Cash_receivables_and_TVA()
    {
        var result = Resolve();
        var closing = new AccountBalances(result.NextState.Accounts);
        // TTC 74 480 × 1,2 = 89 376 paid at 30 days: 60/90 collected in the quarter (59 584), 29 792 outstanding.
        Assert.Equal(29792m, closing.Of(AccountNumbers.Customers));
        // Cash: 100 000 − half of the purchases TTC (57 600 / 2 = 28 800, DPO 45 days) − overheads TTC 12 000 + 59 584 = 118 784.
        Assert.Equal(118784m, closing.Of(AccountNumbers.Bank));
        Assert.Equal(-28800m, closing.Of(AccountNumbers.Suppliers));
        // TVA à décaisser = 14 896 collected − (9 600 on goods + 2 000 on overheads) = 3 296, paid next quarter.
        Assert.Equal(-3296m, closing.Of(AccountNumbers.VatDue));
        Assert.Equal(-3057.50m, closing.Of(AccountNumbers.IncomeTaxPayable));
    }

    [Fact]
    public void Break_even_and_point_mort()
    {
        var dashboard = Resolve().Dashboard;
        // Taux de marge = 26 480 / 48 000 = 55,17 %; taux de marque = 26 480 / 74 480 = 35,55 %.
        Assert.Equal(26480.0 / 48000, dashboard.MarkupRate, 12);
        Assert.Equal(26480.0 / 74480, dashboard.MarginRate, 12);
        // No variable cost but the goods: MCV = 26 480; fixed costs 10 000 a quarter = 40 000 a year;
        // SR = 40 000 / (26 480 / 74 480) = 112 507,55 €; point mort = SR / (4 × 74 480) × 360 = 135,95 days.
        Assert.Equal(26480m, dashboard.ContributionMargin);
        Assert.Equal(10000m, dashboard.FixedCosts);
        Assert.Equal(112507.55m, dashboard.BreakEvenRevenue);
        Assert.Equal(112507.55 / (4 * 74480) * 360, dashboard.BreakEvenDays, 6);
    }

    [Fact]
    public void The_pro_forma_shows_the_certain_costs_and_the_break_even()
    {
        var state = ScenarioStart.InitialState(Scenario, "f1", 1);
        var proForma = ProForma.Compute(Scenario, 1, state, Decisions, 1);
        // Certain costs: overheads 10 000. Variable cost per euro of CA: 60 / (100 × 0,95 × 0,98) = 0,64447.
        Assert.Equal(10000m, proForma.FixedCosts);
        Assert.Equal(60 / 93.1, proForma.VariableCostRate, 9);
        // Seuil de rentabilité of the quarter = 10 000 / (1 − 0,64447) = 28 126,81 €.
        Assert.Equal(28126.81m, proForma.BreakEvenRevenue, 0);
        Assert.Equal(48000m, proForma.Purchases);
        Assert.Equal(0, proForma.Headcount);
    }
}
