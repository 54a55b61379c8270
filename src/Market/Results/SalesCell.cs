namespace NrcGame.Market;

/// <summary>One firm's sales in one segment × territory × channel (product.md "sales per segment × territory × channel").</summary>
public sealed record SalesCell
{
    /// <summary>Segment id.</summary>
    public string Segment { get; init; } = "";

    /// <summary>Territory id.</summary>
    public string Territory { get; init; } = "";

    /// <summary>Channel id.</summary>
    public string Channel { get; init; } = "";

    /// <summary>Category demand of the cell, all firms (units).</summary>
    public double CategoryDemand { get; init; }

    /// <summary>The firm's demand q^D = D·s (units, before the stock constraint).</summary>
    public double Demand { get; init; }

    /// <summary>Demand received from rivals out of stock (spill-over, units).</summary>
    public double SpillOverReceived { get; init; }

    /// <summary>Units sold (≤ demand + spill-over received).</summary>
    public long UnitsSold { get; init; }

    /// <summary>Units of the firm's own demand it could not serve.</summary>
    public double LostUnits { get; init; }

    /// <summary>Gross amount HT (units × list price).</summary>
    public decimal GrossHt { get; init; }

    /// <summary>Remises granted.</summary>
    public decimal DiscountHt { get; init; }

    /// <summary>Ristournes granted (709).</summary>
    public decimal RebateHt { get; init; }

    /// <summary>Net revenue HT: gross − remise − ristourne (CA net).</summary>
    public decimal RevenueHt { get; init; }

    /// <summary>Escomptes taken by clients (665, financial charge).</summary>
    public decimal EarlyPaymentDiscount { get; init; }

    /// <summary>Volume share of the cell's units sold.</summary>
    public double VolumeShare { get; init; }

    /// <summary>Value share of the cell's revenue HT.</summary>
    public double ValueShare { get; init; }

    /// <summary>The attraction indices behind the share.</summary>
    public AttractionBreakdown Attraction { get; init; } = new();
}
