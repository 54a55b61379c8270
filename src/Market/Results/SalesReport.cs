namespace NrcGame.Market;

/// <summary>A firm's sales of the quarter.</summary>
public sealed record SalesReport
{
    /// <summary>Per segment × territory × channel.</summary>
    public IReadOnlyList<SalesCell> Cells { get; init; } = [];

    /// <summary>Per segment.</summary>
    public IReadOnlyList<SegmentSales> Segments { get; init; } = [];

    /// <summary>Units sold, all segments.</summary>
    public long UnitsSold { get; init; }

    /// <summary>CA net HT, all segments.</summary>
    public decimal RevenueHt { get; init; }

    /// <summary>Volume share of the whole market.</summary>
    public double VolumeShare { get; init; }

    /// <summary>Value share of the whole market.</summary>
    public double ValueShare { get; init; }

    /// <summary>Units demanded / units sold + lost: 1 = no stock-out.</summary>
    public double ServiceLevel { get; init; }
}
