namespace NrcGame.Market;

/// <summary>One firm's sales in one segment, with shares and the objective gap (analyse des écarts, S534).</summary>
public sealed record SegmentSales
{
    /// <summary>Segment id.</summary>
    public string Segment { get; init; } = "";

    /// <summary>Firm demand (units).</summary>
    public double Demand { get; init; }

    /// <summary>Units sold.</summary>
    public long UnitsSold { get; init; }

    /// <summary>CA net HT.</summary>
    public decimal RevenueHt { get; init; }

    /// <summary>Volume market share.</summary>
    public double VolumeShare { get; init; }

    /// <summary>Value market share.</summary>
    public double ValueShare { get; init; }

    /// <summary>Share of voice: own communication spend / all firms' spend (§1.4).</summary>
    public double ShareOfVoice { get; init; }

    /// <summary>Objective decided (CA HT).</summary>
    public decimal Objective { get; init; }

    /// <summary>Revenue − objective.</summary>
    public decimal ObjectiveGap { get; init; }
}
