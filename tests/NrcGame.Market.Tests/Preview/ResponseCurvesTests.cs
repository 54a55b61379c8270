using FsCheck.Xunit;
using NrcGame.Market.Tests.Support;

namespace NrcGame.Market.Tests.Preview;

/// <summary>The teacher's response-curve preview: every point is the engine's own resolution of that point.</summary>
public class ResponseCurvesTests
{
    private const string Consumers = ScenarioFactory.Consumers;

    /// <summary>Four firms after two played turns, with f2 and f3 away from the reference decisions.</summary>
    private static TestMarket PlayedMarket(double demandNoise = 0)
    {
        var market = new TestMarket(tune: scenario => scenario with { Finance = scenario.Finance with { DemandNoise = demandNoise } });
        market.Change("f2", decisions => decisions with { Pricing = decisions.Pricing with { ListPrice = TestMarket.Map(decisions.Pricing.ListPrice, price => price * 0.9m) } });
        market.Change("f3", decisions => decisions with { Promotion = decisions.Promotion with { Media = TestMarket.Map(decisions.Promotion.Media, spend => spend * 2m) } });
        market.Play(2);
        return market;
    }

    [Fact]
    public void Each_price_point_is_what_a_direct_resolution_with_that_price_gives()
    {
        var market = PlayedMarket(demandNoise: 0.04);
        var input = market.Input(turn: 3);
        var segment = market.Scenario.Segments.Single(candidate => candidate.Id == Consumers);
        var grid = CurveGrid.For(segment, market.Decisions["f1"]);

        var curves = ResponseCurves.Sample(input, "f1", Consumers, grid);

        Assert.Equal(grid.Prices, curves.Prices.Select(point => point.ListPrice));
        foreach (var point in curves.Prices)
        {
            market.Change("f1", decisions => decisions with { Pricing = decisions.Pricing with { ListPrice = TestMarket.With(decisions.Pricing.ListPrice, Consumers, point.ListPrice) } });
            var direct = market.Resolve(turn: 3).Firms["f1"];
            Assert.Equal(TestMarket.Demand(direct, Consumers), point.Demand, 6);
            Assert.Equal(direct.Sales.Cells.Where(cell => cell.Segment == Consumers).Sum(cell => cell.UnitsSold), point.UnitsSold);
        }
    }

    [Fact]
    public void Each_effort_point_is_the_share_a_direct_resolution_with_that_budget_gives()
    {
        var market = PlayedMarket();
        var input = market.Input(turn: 3);
        var segment = market.Scenario.Segments.Single(candidate => candidate.Id == Consumers);
        var grid = CurveGrid.For(segment, market.Decisions["f1"]);

        var curves = ResponseCurves.Sample(input, "f1", Consumers, grid);

        Assert.Equal(0m, curves.Efforts[0].MediaSpend);
        foreach (var point in curves.Efforts)
        {
            market.Change("f1", decisions => decisions with { Promotion = decisions.Promotion with { Media = TestMarket.With(decisions.Promotion.Media, Consumers, point.MediaSpend) } });
            var outcome = market.Resolve(turn: 3);
            var units = outcome.Firms.ToDictionary(firm => firm.Key, firm => firm.Value.Sales.Cells.Where(cell => cell.Segment == Consumers).Sum(cell => cell.UnitsSold));
            Assert.Equal((double)units["f1"] / units.Values.Sum(), point.VolumeShare, 9);
        }
    }

    [Fact]
    public void The_other_firms_keep_their_decisions_and_the_input_is_not_changed()
    {
        var market = PlayedMarket();
        var input = market.Input(turn: 3);
        var before = Json.Of(input);
        var grid = CurveGrid.For(market.Scenario.Segments[0], market.Decisions["f1"]);

        ResponseCurves.Sample(input, "f1", Consumers, grid);

        Assert.Equal(before, Json.Of(input));
    }

    [Fact]
    public void The_same_input_gives_the_same_curves()
    {
        var market = PlayedMarket(demandNoise: 0.04);
        var grid = CurveGrid.For(market.Scenario.Segments[0], market.Decisions["f2"]);
        Assert.Equal(Json.Of(ResponseCurves.Sample(market.Input(turn: 3), "f2", Consumers, grid)),
            Json.Of(ResponseCurves.Sample(market.Input(turn: 3), "f2", Consumers, grid)));
    }

    [Fact]
    public void A_more_price_sensitive_market_gives_a_steeper_demand_curve()
    {
        var market = PlayedMarket();
        var segment = market.Scenario.Segments.Single(candidate => candidate.Id == Consumers);
        var grid = CurveGrid.For(segment, market.Decisions["f1"]);
        var current = ResponseCurves.Sample(market.Input(turn: 3), "f1", Consumers, grid);
        var sensitive = market.Scenario with
        {
            Segments = market.Scenario.Segments.Select(candidate => candidate.Id == Consumers
                ? candidate with { Parameters = candidate.Parameters with { PriceExponent = candidate.Parameters.PriceExponent * 1.5 } }
                : candidate).ToList(),
        };

        var proposed = ResponseCurves.Sample(market.Input(turn: 3) with { Scenario = sensitive }, "f1", Consumers, grid);

        Assert.True(proposed.Prices[^1].Demand < current.Prices[^1].Demand, "dearest point: a more sensitive market buys less");
        Assert.True(proposed.Prices[0].Demand > current.Prices[0].Demand, "cheapest point: a more sensitive market buys more");
    }

    [Fact]
    public void The_grid_stays_within_the_prices_a_team_may_decide()
    {
        var segment = new TestMarket().Scenario.Segments[0] with { ReferencePrice = 10m, UnitPurchaseCost = 14m };
        var grid = CurveGrid.For(segment, new FirmDecisions());
        Assert.Equal(DecisionRules.MinimumPrice(segment), grid.Prices[0]);
        Assert.All(grid.Prices, price => Assert.InRange(price, DecisionRules.MinimumPrice(segment), DecisionRules.MaximumPrice(segment)));
        Assert.Equal(grid.Prices.Order(), grid.Prices);
    }

    [Fact]
    public void An_unknown_firm_or_segment_is_refused()
    {
        var market = new TestMarket();
        var grid = CurveGrid.For(market.Scenario.Segments[0], market.Decisions["f1"]);
        Assert.Throws<ArgumentException>(() => ResponseCurves.Sample(market.Input(), "f9", Consumers, grid));
        Assert.Throws<ArgumentException>(() => ResponseCurves.Sample(market.Input(), "f1", "NOPE", grid));
    }

    [Property(MaxTest = 12)]
    public void Demand_never_rises_with_the_price_and_share_never_falls_with_the_effort(byte firm, byte priceFactor, byte mediaFactor)
    {
        var market = new TestMarket(firmCount: 3, territoryCount: 2);
        var rival = $"f{2 + firm % 2}";
        market.Change(rival, decisions => decisions with
        {
            Pricing = decisions.Pricing with { ListPrice = TestMarket.Map(decisions.Pricing.ListPrice, price => Math.Round(price * (0.6m + priceFactor / 255m), 2)) },
            Promotion = decisions.Promotion with { Media = TestMarket.Map(decisions.Promotion.Media, spend => spend * (mediaFactor / 64m)) },
        });
        var segment = market.Scenario.Segments[firm % market.Scenario.Segments.Count];

        var curves = ResponseCurves.Sample(market.Input(), "f1", segment.Id, CurveGrid.For(segment, market.Decisions["f1"]));

        for (var point = 1; point < curves.Prices.Count; point++)
            Assert.True(curves.Prices[point].Demand <= curves.Prices[point - 1].Demand + 1e-9, $"demand rose between {curves.Prices[point - 1].ListPrice} and {curves.Prices[point].ListPrice}");
        for (var point = 1; point < curves.Efforts.Count; point++)
            Assert.True(curves.Efforts[point].VolumeShare >= curves.Efforts[point - 1].VolumeShare - 1e-9, $"share fell between {curves.Efforts[point - 1].MediaSpend} and {curves.Efforts[point].MediaSpend} €");
    }
}
