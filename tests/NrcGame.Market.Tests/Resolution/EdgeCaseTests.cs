using NrcGame.Market.Tests.Support;

namespace NrcGame.Market.Tests.Resolution;

/// <summary>Degenerate but legal situations resolve without error.</summary>
public class EdgeCaseTests
{
    [Fact]
    public void A_turn_without_firms_resolves_to_empty_news()
    {
        var outcome = TurnResolver.Resolve(new TurnInput(ScenarioFactory.Standard(), 1, 1UL, new Dictionary<string, FirmTurnInput>()));
        Assert.Empty(outcome.Firms);
        Assert.Empty(outcome.News.Standings);
    }

    [Fact]
    public void A_firm_without_reps_stock_or_accepted_clients_sells_nothing_and_still_closes_its_books()
    {
        var market = new TestMarket(firmCount: 2);
        market.Change("f1", decisions => decisions with
        {
            Pricing = decisions.Pricing with { AcceptedCreditClasses = [] },
            Staffing = decisions.Staffing with { Dismissals = market.States["f1"].Reps.Select(rep => rep.Id).ToList() },
            Purchases = TestMarket.Map(decisions.Purchases, _ => 0L),
        });
        var result = market.Resolve().Firms["f1"];
        Assert.Equal(0, result.Sales.UnitsSold);
        Assert.Equal(0, result.SalesTeam.Headcount);
        Assert.Equal(result.Statements.Balance.TotalAssets, result.Statements.Balance.TotalLiabilities);
        Assert.True(result.Statements.Income.NetResult < 0);
        Assert.Equal(1.0, market.Resolve().Firms["f2"].Sales.ValueShare, 12);
    }
}
