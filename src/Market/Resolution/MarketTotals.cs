namespace NrcGame.Market;

/// <summary>Units and revenue of all firms per cell, per segment and in total: the denominators of market shares.</summary>
internal sealed class MarketTotals
{
    public MarketTotals(List<FirmWork> firms, MarketLayout layout)
    {
        var classes = layout.ClassCount;
        CellUnits = new long[layout.Cells.Count];
        CellRevenue = new decimal[layout.Cells.Count];
        SegmentUnits = new long[layout.Scenario.Segments.Count];
        SegmentRevenue = new decimal[layout.Scenario.Segments.Count];
        SegmentVoice = new decimal[layout.Scenario.Segments.Count];
        foreach (var firm in firms)
        {
            var books = firm.Books ?? throw new InvalidOperationException("The books must be closed before market totals are taken.");
            foreach (var cell in layout.Cells)
            {
                long units = 0;
                for (var g = 0; g < classes; g++) units += firm.Units[cell.Index * classes + g];
                CellUnits[cell.Index] += units;
                CellRevenue[cell.Index] += books.Revenue[cell.Index];
                SegmentUnits[cell.Segment] += units;
                SegmentRevenue[cell.Segment] += books.Revenue[cell.Index];
            }
            for (var s = 0; s < SegmentVoice.Length; s++) SegmentVoice[s] += Voice(firm.Decisions, layout.Scenario.Segments[s].Id);
        }
        Units = SegmentUnits.Sum();
        Revenue = SegmentRevenue.Sum();
    }

    public long[] CellUnits { get; }

    public decimal[] CellRevenue { get; }

    public long[] SegmentUnits { get; }

    public decimal[] SegmentRevenue { get; }

    /// <summary>Media + direct marketing + sponsorship of all firms per segment (share of voice denominator).</summary>
    public decimal[] SegmentVoice { get; }

    public long Units { get; }

    public decimal Revenue { get; }

    /// <summary>Communication spend of one firm in one segment.</summary>
    public static decimal Voice(FirmDecisions decisions, string segment) =>
        Get(decisions.Promotion.Media, segment) + Get(decisions.Promotion.DirectMarketing, segment) + Get(decisions.Promotion.Sponsorship, segment);

    private static decimal Get(IReadOnlyDictionary<string, decimal> values, string key) => values.TryGetValue(key, out var value) ? value : 0m;
}
