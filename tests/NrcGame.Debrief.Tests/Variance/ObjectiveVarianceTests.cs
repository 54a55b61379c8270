namespace NrcGame.Debrief.Tests.Variance;

public sealed class ObjectiveVarianceTests
{
    private static ObjectiveVariance Variance(decimal objective, decimal price, long units, decimal actual) => new()
    {
        Segment = "S", Turn = 3, Objective = objective, PlannedPrice = price, ActualUnits = units, Actual = actual,
    };

    [Fact]
    public void Unfavourable_variance_split_into_quantity_and_price()
    {
        // Objective 100 000 € at 20 € = 5 000 units; sold 4 500 units for 85 500 € (19 € each).
        // Quantité: (4 500 − 5 000) × 20 = −10 000; prix: (19 − 20) × 4 500 = −4 500; global −14 500 = −14,5 %.
        var variance = Variance(100_000m, 20m, 4_500, 85_500m);

        Assert.Equal(-14_500m, variance.Variance);
        Assert.Equal(-0.145m, variance.VarianceRate);
        Assert.Equal(VarianceDirection.Unfavourable, variance.Direction);
        Assert.Equal("défavorable", variance.DirectionLabel);
        Assert.Equal(5_000m, variance.PlannedUnits);
        Assert.Equal(19m, variance.ActualPrice);
        Assert.Equal(-10_000m, variance.QuantityVariance);
        Assert.Equal(-4_500m, variance.PriceVariance);
    }

    [Fact]
    public void Favourable_variance_with_a_price_above_plan()
    {
        // Objective 50 000 € at 250 € = 200 units; sold 210 units for 54 600 € (260 € each).
        // Quantité: (210 − 200) × 250 = +2 500; prix: (260 − 250) × 210 = +2 100; global +4 600 = +9,2 %.
        var variance = Variance(50_000m, 250m, 210, 54_600m);

        Assert.Equal(4_600m, variance.Variance);
        Assert.Equal(0.092m, variance.VarianceRate);
        Assert.Equal("favorable", variance.DirectionLabel);
        Assert.Equal(2_500m, variance.QuantityVariance);
        Assert.Equal(2_100m, variance.PriceVariance);
    }

    [Fact]
    public void Nil_variance()
    {
        var variance = Variance(1_000m, 10m, 100, 1_000m);
        Assert.Equal(VarianceDirection.None, variance.Direction);
        Assert.Equal(0m, variance.QuantityVariance);
        Assert.Equal(0m, variance.PriceVariance);
    }

    [FsCheck.Xunit.Property]
    public bool Quantity_and_price_variances_add_up_to_the_global_variance(uint objectiveCents, ushort priceCents, ushort units, uint actualCents)
    {
        var variance = Variance(objectiveCents / 100m + 1m, priceCents / 100m + 0.01m, units, actualCents / 100m);
        return variance.QuantityVariance + variance.PriceVariance == variance.Variance;
    }

    [Fact]
    public void Engine_turns_give_one_line_per_segment_with_an_objective()
    {
        var game = new ScriptedGame();
        game.Change("f1", decisions => decisions with { Objectives = new Dictionary<string, decimal> { [ScenarioFactory.Consumers] = 300_000m } }).Play(2);

        var variances = VarianceAnalysis.Of(game.History());

        Assert.Equal([1, 2], variances.Select(variance => variance.Turn));
        var first = variances[0];
        var sales = game.Result(1).Sales.Segments.Single(segment => segment.Segment == ScenarioFactory.Consumers);
        Assert.Equal(ScenarioFactory.Consumers, first.Segment);
        Assert.Equal(sales.RevenueHt, first.Actual);
        Assert.Equal(sales.UnitsSold, first.ActualUnits);
        Assert.Equal(20m, first.PlannedPrice);
        Assert.Equal(sales.ObjectiveGap, first.Variance);
    }
}
