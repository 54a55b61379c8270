using NrcGame.Market.Tests.Support;

namespace NrcGame.Market.Tests.Worked;

/// <summary>The quota ratchet (S63.1: objectives and quotas; market-model.md §4.2).</summary>
public class QuotaRatchetExercises
{
    [Fact]
    public void Quotas_rise_more_after_a_success_than_they_fall_after_a_failure()
    {
        // Quota 150 000 €, sales 180 000 €: 150 000 + 60 % × 30 000 = 168 000 €.
        Assert.Equal(168000m, Quotas.Ratchet(150000m, 180000m));
        // Quota 150 000 €, sales 120 000 €: 150 000 − 30 % × 30 000 = 141 000 €.
        Assert.Equal(141000m, Quotas.Ratchet(150000m, 120000m));
    }

    [Fact]
    public void The_engine_applies_the_ratchet_to_reps_with_a_history()
    {
        var market = new TestMarket(firmCount: 2);
        market.Play(1);
        market.Change("f1", decisions => decisions with { Remuneration = decisions.Remuneration with { QuotaRule = QuotaRule.Ratchet } });
        var rep = market.States["f1"].Reps[0];
        var report = market.Resolve(2).Firms["f1"].SalesTeam.Reps.Single(line => line.Id == rep.Id);
        Assert.Equal(Quotas.Ratchet(rep.LastQuota, rep.LastSales), report.Quota);
    }
}
