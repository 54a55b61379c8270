using NrcGame.Market;

namespace NrcGame.Grains.Segments;

/// <summary>The category demand of one territory × channel of a segment in a turn (all firms, units).</summary>
[GenerateSerializer, Immutable]
public sealed record SegmentCellDemand([property: Id(0)] string Territory, [property: Id(1)] string Channel, [property: Id(2)] double CategoryDemand);

/// <summary>One firm's demand, sales and shares in a segment in a turn.</summary>
[GenerateSerializer, Immutable]
public sealed record FirmSegmentShare(
    [property: Id(0)] string FirmId,
    [property: Id(1)] double Demand,
    [property: Id(2)] long UnitsSold,
    [property: Id(3)] decimal RevenueHt,
    [property: Id(4)] double VolumeShare,
    [property: Id(5)] double ValueShare);

/// <summary>What a turn's resolution says about one segment: the public category facts, demand per cell and each firm's share.</summary>
/// <param name="Turn">The turn resolved.</param>
/// <param name="News">Category demand, units, revenue, average price and seasonality (public).</param>
/// <param name="Cells">Category demand per territory × channel.</param>
/// <param name="Firms">Each firm's demand, sales and shares, in firm id order.</param>
[GenerateSerializer, Immutable]
public sealed record SegmentOutcome(
    [property: Id(0)] int Turn,
    [property: Id(1)] CategoryNews News,
    [property: Id(2)] IReadOnlyList<SegmentCellDemand> Cells,
    [property: Id(3)] IReadOnlyList<FirmSegmentShare> Firms)
{
    /// <summary>The segment's part of a resolved turn.</summary>
    public static SegmentOutcome From(string segmentId, TurnOutcome outcome)
    {
        var firms = outcome.Firms.OrderBy(firm => firm.Key, StringComparer.Ordinal).Select(firm => firm.Value).ToList();
        // The category demand of a cell is the same in every firm's report: read it from the first firm.
        var cells = firms.FirstOrDefault()?.Sales.Cells.Where(cell => cell.Segment == segmentId)
            .Select(cell => new SegmentCellDemand(cell.Territory, cell.Channel, cell.CategoryDemand)).ToList() ?? [];
        var shares = firms.Select(firm => firm.Sales.Segments.First(sales => sales.Segment == segmentId))
            .Zip(firms, (sales, firm) => new FirmSegmentShare(firm.FirmId, sales.Demand, sales.UnitsSold, sales.RevenueHt, sales.VolumeShare, sales.ValueShare))
            .ToList();
        return new SegmentOutcome(outcome.Turn, outcome.News.Categories.First(category => category.Segment == segmentId), cells, shares);
    }
}
