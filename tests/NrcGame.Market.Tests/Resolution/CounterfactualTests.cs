using NrcGame.Market.Tests.Support;

namespace NrcGame.Market.Tests.Resolution;

/// <summary>The explainability hooks of the debrief: "Et si… ?" re-runs and the intermediate indices.</summary>
public class CounterfactualTests
{
    [Fact]
    public void Changing_one_firms_decision_reruns_the_turn_with_everything_else_frozen()
    {
        var market = new TestMarket();
        var input = market.Input();
        var actual = TurnResolver.Resolve(input);
        var cheaper = market.Decisions["f2"] with
        {
            Pricing = market.Decisions["f2"].Pricing with { ListPrice = TestMarket.Map(market.Decisions["f2"].Pricing.ListPrice, price => price * 0.9m) },
        };
        var whatIf = TurnResolver.Resolve(input.WithDecisions("f2", cheaper));
        Assert.Same(input.Firms["f1"], input.WithDecisions("f2", cheaper).Firms["f1"]);
        Assert.True(whatIf.Firms["f2"].Sales.UnitsSold > actual.Firms["f2"].Sales.UnitsSold);
        Assert.True(whatIf.Firms["f1"].Sales.Cells.Sum(cell => cell.Demand) < actual.Firms["f1"].Sales.Cells.Sum(cell => cell.Demand));
        // The original input is untouched: resolving it again gives the original outcome.
        Assert.Equal(Json.Of(actual), Json.Of(TurnResolver.Resolve(input)));
    }

    [Fact]
    public void Each_result_carries_the_attraction_coverage_listing_and_motivation_terms()
    {
        var result = new TestMarket().Resolve().Firms["f1"];
        var hyper = result.Sales.Cells.First(cell => cell.Channel == ScenarioFactory.Hypermarket);
        var terms = hyper.Attraction;
        // A = price term × promotion × value × R_A × R_S × DV^β_D × R_T, class-weighted (all classes accepted, same B2C price).
        Assert.Equal(terms.Attraction, terms.PriceTerm * terms.PromotionTerm * terms.ValueTerm * terms.AdvertisingIndex * terms.SalesforceIndex * terms.DistributionTerm * terms.TradeIndex, 9);
        Assert.Equal(0.25, terms.Share, 9);
        Assert.InRange(terms.Distribution, 0.8, 0.9);
        Assert.NotEmpty(result.SalesTeam.Coverage);
        Assert.All(result.SalesTeam.Reps, rep => Assert.InRange(rep.Terms.EffortMultiplier, 0.8, 1.3));
        Assert.All(result.Dashboard.Distribution, cell => Assert.InRange(cell.Dn, 0.0, cell.Dv));
    }
}
