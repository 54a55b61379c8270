namespace NrcGame.Market;

/// <summary>
/// Step 10 of market-model.md §8.2. Each firm's available units (opening stock + purchases) serve its demand
/// pro rata when short; a share φ of the unmet demand of each cell switches to the rivals that still have stock,
/// pro rata to their own demand there (one simultaneous round: order-independent), the rest is lost. Sales are
/// whole units, rounded down, never above what is available.
/// </summary>
internal static class SupplyStep
{
    public static void Apply(List<FirmWork> firms, MarketLayout layout)
    {
        var scenario = layout.Scenario;
        var classes = layout.ClassCount;
        var segments = scenario.Segments.Count;
        var remaining = new double[firms.Count, segments];
        var fill = new double[firms.Count, segments];
        for (var f = 0; f < firms.Count; f++)
        {
            var firm = firms[f];
            for (var s = 0; s < segments; s++)
            {
                var available = (double)Available(firm, scenario.Segments[s].Id);
                var demand = SegmentTotal(firm.Demand, layout, s);
                fill[f, s] = demand > available ? available / demand : 1.0;
                // Exactly 0 when short: available − demand·(available/demand) can come out at ±1e-12, and a firm with
                // nothing left must neither be offered spill-over nor divide by it (−1e-12 / 0 made every unit NaN → 0).
                remaining[f, s] = demand > available ? 0 : available - demand;
            }
            for (var index = 0; index < firm.Demand.Length; index++)
                firm.ServedOwn[index] = firm.Demand[index] * fill[f, layout.Cells[index / classes].Segment];
        }

        var offered = new double[firms.Count, segments];
        foreach (var cell in layout.Cells)
        {
            var phi = layout.Segment(cell).Parameters.SpillOver;
            for (var g = 0; g < classes; g++)
            {
                var index = cell.Index * classes + g;
                double unmet = 0, receiving = 0;
                for (var f = 0; f < firms.Count; f++)
                {
                    unmet += firms[f].Demand[index] - firms[f].ServedOwn[index];
                    if (remaining[f, cell.Segment] > 0) receiving += firms[f].Demand[index];
                }
                if (unmet <= 0 || receiving <= 0) continue;
                for (var f = 0; f < firms.Count; f++)
                {
                    if (remaining[f, cell.Segment] <= 0) continue;
                    firms[f].SpillReceived[index] = phi * unmet * firms[f].Demand[index] / receiving;
                    offered[f, cell.Segment] += firms[f].SpillReceived[index];
                }
            }
        }

        for (var f = 0; f < firms.Count; f++)
        {
            var firm = firms[f];
            for (var s = 0; s < segments; s++)
            {
                var spillFill = offered[f, s] > remaining[f, s] ? remaining[f, s] / offered[f, s] : 1.0; // offered > remaining ≥ 0
                long sold = 0;
                foreach (var cell in layout.Cells)
                {
                    if (cell.Segment != s) continue;
                    for (var g = 0; g < classes; g++)
                    {
                        var index = cell.Index * classes + g;
                        firm.Units[index] = (long)Math.Floor(firm.ServedOwn[index] + firm.SpillReceived[index] * spillFill + 1e-9);
                        sold += firm.Units[index];
                    }
                }
                var available = Available(firm, scenario.Segments[s].Id);
                TrimToAvailable(firm, layout, s, sold - available);
                // Short (own demand or spill-over above the stock): every available unit is sold, within each sub-cell's
                // demand. Rounding each sub-cell down would strand up to one unit per sub-cell, which a small-volume
                // segment never sells again.
                if (fill[f, s] < 1.0 || spillFill < 1.0) TopUpToAvailable(firm, layout, s, spillFill, available - sold);
            }
        }
    }

    /// <summary>Opening stock + units purchased this quarter.</summary>
    public static long Available(FirmWork firm, string segment) =>
        (firm.State.Inventory.TryGetValue(segment, out var stock) ? stock.Units : 0)
        + (firm.Decisions.Purchases.TryGetValue(segment, out var bought) ? Math.Max(0, bought) : 0);

    private static double SegmentTotal(double[] values, MarketLayout layout, int segment)
    {
        var total = 0.0;
        var classes = layout.ClassCount;
        foreach (var cell in layout.Cells)
        {
            if (cell.Segment != segment) continue;
            for (var g = 0; g < classes; g++) total += values[cell.Index * classes + g];
        }
        return total;
    }

    /// <summary>
    /// Gives the <paramref name="missing"/> units that rounding down left unsold to the sub-cells with the largest
    /// fractional demand (largest remainder), one each, so that a short firm sells what it has — except where a sub-cell's
    /// whole demand is already served (a unit more would sell above the demand).
    /// </summary>
    private static void TopUpToAvailable(FirmWork firm, MarketLayout layout, int segment, double spillFill, long missing)
    {
        if (missing <= 0) return;
        var classes = layout.ClassCount;
        var remainders = new List<(double Fraction, int Index)>();
        foreach (var cell in layout.Cells)
        {
            if (cell.Segment != segment) continue;
            for (var g = 0; g < classes; g++)
            {
                var index = cell.Index * classes + g;
                var wanted = firm.ServedOwn[index] + firm.SpillReceived[index] * spillFill;
                // Never above the sub-cell's own demand (its customers plus the spill-over it was offered).
                var room = firm.Demand[index] + firm.SpillReceived[index] - firm.Units[index];
                if (wanted > firm.Units[index] && room >= 1 - 1e-9) remainders.Add((wanted - firm.Units[index], index));
            }
        }
        foreach (var (_, index) in remainders.OrderByDescending(part => part.Fraction).ThenBy(part => part.Index).Take((int)Math.Min(missing, remainders.Count)))
            firm.Units[index]++;
    }

    /// <summary>Guards against floating-point rounding: removes any excess unit from the largest sub-cells.</summary>
    private static void TrimToAvailable(FirmWork firm, MarketLayout layout, int segment, long excess)
    {
        var classes = layout.ClassCount;
        while (excess > 0)
        {
            var largest = -1;
            foreach (var cell in layout.Cells)
            {
                if (cell.Segment != segment) continue;
                for (var g = 0; g < classes; g++)
                {
                    var index = cell.Index * classes + g;
                    if (largest < 0 || firm.Units[index] > firm.Units[largest]) largest = index;
                }
            }
            firm.Units[largest]--;
            excess--;
        }
    }
}
