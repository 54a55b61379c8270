using FsCheck.Xunit;
using NrcGame.Market.Tests.Support;

namespace NrcGame.Market.Tests.Properties;

/// <summary>market-model.md §9 property 14: risk monotonicity.</summary>
public class RiskProperties
{
    [Property(MaxTest = 50)]
    public void Longer_terms_never_lower_the_default_probability(byte baseProbability, byte terms, byte extra)
    {
        var pd = baseProbability / 1000.0;
        var shorter = CreditModel.DefaultProbability(pd, terms % 61, 0.25);
        var longer = CreditModel.DefaultProbability(pd, terms % 61 + extra % 30, 0.25);
        Assert.True(longer >= shorter);
    }

    [Property(MaxTest = 8)]
    public void Longer_terms_never_lower_the_expected_bad_debt_rate(byte terms, byte extra)
    {
        double ExpectedLossRate(int days)
        {
            var market = new TestMarket(firmCount: 3, territoryCount: 2);
            market.Change("f1", decisions => decisions with { Pricing = decisions.Pricing with { PaymentTermsDays = days } });
            var result = market.Resolve().Firms["f1"];
            // Expected loss per euro of sales: PD_g(T)·LGD·(L_g/90) weighted by the (adversely selected) class mix.
            return (double)(result.Risk.ExpectedLoss / result.Sales.RevenueHt);
        }
        var shorter = terms % 45;
        Assert.True(ExpectedLossRate(shorter + 1 + extra % 15) >= ExpectedLossRate(shorter) - 1e-12);
    }

    [Fact]
    public void Refusing_class_D_never_raises_the_expected_loss()
    {
        var market = new TestMarket(firmCount: 3);
        var all = market.Resolve().Firms["f1"].Risk;
        market.Change("f1", decisions => decisions with { Pricing = decisions.Pricing with { AcceptedCreditClasses = ["A", "B", "C"] } });
        var withoutD = market.Resolve().Firms["f1"].Risk;
        Assert.True(withoutD.ExpectedLoss <= all.ExpectedLoss);
        Assert.Equal(0m, withoutD.Exposures.Single(exposure => exposure.CreditClass == "D").Outstanding);
    }

    [Property(MaxTest = 8)]
    public void A_higher_commission_never_lowers_an_agents_time_share(byte rate, byte extra)
    {
        double TimeShare(decimal commission)
        {
            var market = new TestMarket(firmCount: 2, tune: scenario => scenario with
            {
                Start = scenario.Start with { Reps = [new InitialRepGroup(RepStatus.Agent, 2, 4), new InitialRepGroup(RepStatus.VrpMulticarte, 2, 4)] },
            });
            market.Change("f1", decisions => decisions with { Remuneration = decisions.Remuneration with { ExternalCommissionRate = commission } });
            return market.Resolve().Firms["f1"].SalesTeam.Reps.Min(rep => rep.TimeShare);
        }
        var low = 0.01m + rate % 20 / 100m;
        Assert.True(TimeShare(low + 0.005m + extra % 10 / 100m) >= TimeShare(low));
    }

    [Fact]
    public void Escompte_is_taken_only_by_clients_whose_cost_of_funds_is_below_its_annual_rate()
    {
        // 2/10 net 30: 0.02/0.98 × 360/20 = 36.7 %/yr (market-model.md §6.3) beats every class (6–30 %).
        Assert.True(CreditModel.TakesEarlyPaymentDiscount(0.02m, 10, 30, 0.30));
        // 1/10 net 60: 0.01/0.99 × 360/50 = 7.3 %/yr: class A (6 %) takes it, class B (10 %) does not.
        Assert.True(CreditModel.TakesEarlyPaymentDiscount(0.01m, 10, 60, 0.06));
        Assert.False(CreditModel.TakesEarlyPaymentDiscount(0.01m, 10, 60, 0.10));
    }
}
