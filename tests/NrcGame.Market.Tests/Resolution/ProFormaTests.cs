using NrcGame.Market.Tests.Support;

namespace NrcGame.Market.Tests.Resolution;

/// <summary>The pro-forma of the reference decisions of the standard market, checked by hand.</summary>
public class ProFormaTests
{
    [Fact]
    public void Certain_costs_of_the_reference_decisions()
    {
        var market = new TestMarket();
        var proForma = ProForma.Compute(market.Scenario, 1, market.States["f1"], market.Decisions["f1"], 4);
        // 6 field reps × fixe 6 300 € (70 % of the 9 000 € market pay) = 37 800 €; charges 42 % = 15 876 €.
        Assert.Equal(37800m, proForma.FixedSalaries);
        Assert.Equal(15876m, proForma.SocialCharges);
        // Media + marketing direct + parrainage: (30 000 + 8 000 + 5 000) + (8 000 + 10 000 + 3 000) = 64 000 €.
        Assert.Equal(64000m, proForma.Communication);
        // Têtes de gondole / PLV: hyper 12 000 € + proximité 4 000 €.
        Assert.Equal(16000m, proForma.Trade);
        // Frais généraux 90 000 € + amortissements 5 000 €.
        Assert.Equal(95000m, proForma.Overheads);
        // Territory accounts are sized for the reference team: Talley gives 6 reps and the coverage is about 1.
        Assert.Equal(6, proForma.TalleyHeadcount);
        Assert.Equal(6, proForma.Headcount);
        Assert.InRange(proForma.OverallCoverage, 0.95, 1.15);
        Assert.True(proForma.BreakEvenRevenue > proForma.FixedCosts);
    }

    [Fact]
    public void Hiring_and_dismissing_show_up_as_certain_costs()
    {
        var market = new TestMarket();
        var decisions = market.Decisions["f1"] with
        {
            Staffing = new StaffingDecisions { Hires = [new HireOrder(RepStatus.FieldRep, 2)], Dismissals = ["r1"] },
        };
        var proForma = ProForma.Compute(market.Scenario, 1, market.States["f1"], decisions, 4);
        // Recruiting: 20 % × 4 × 9 000 € = 7 200 € per hire.
        Assert.Equal(14400m, proForma.Recruiting);
        // r1 has 12 quarters (36 months) of seniority and no pay history: fixe 6 300 € / 3 = 2 100 € a month;
        // 3 years × ¼ month = 0,75 month = 1 575 €.
        Assert.Equal(1575m, proForma.Severance);
        Assert.Equal(5, proForma.Headcount);
    }
}
