namespace NrcGame.Market;

/// <summary>
/// Where the response curves of <see cref="ResponseCurves"/> are sampled: list prices HT and media budgets (€ HT per
/// quarter). The grid is chosen once from the market in force, so the curves before and after a proposed change are
/// sampled at the same points and can be drawn on the same axes.
/// </summary>
/// <param name="Prices">List prices HT, ascending.</param>
/// <param name="MediaSpends">Media budgets of the quarter, ascending.</param>
public sealed record CurveGrid(IReadOnlyList<decimal> Prices, IReadOnlyList<decimal> MediaSpends)
{
    /// <summary>Points per curve.</summary>
    public const int PointCount = 13;

    /// <summary>
    /// The grid for <paramref name="segment"/>: prices from 0,6 to 1,8 × the reference price (kept within the prices
    /// a team may decide), media budgets from 0 to 3 × the larger of the segment's reference spend and the firm's
    /// current budget.
    /// </summary>
    public static CurveGrid For(SegmentDefinition segment, FirmDecisions current)
    {
        var low = Math.Max(DecisionRules.MinimumPrice(segment), Math.Round(segment.ReferencePrice * 0.6m, 2));
        var high = Math.Max(low, Math.Min(DecisionRules.MaximumPrice(segment), Math.Round(segment.ReferencePrice * 1.8m, 2)));
        var spend = current.Promotion.Media.TryGetValue(segment.Id, out var budget) ? budget : 0m;
        var top = 3m * Math.Max(Math.Max(segment.ReferenceMediaSpend, spend), 1000m);
        return new CurveGrid(Steps(low, high), Steps(0m, top));
    }

    private static List<decimal> Steps(decimal from, decimal to) =>
        Enumerable.Range(0, PointCount).Select(step => Math.Round(from + (to - from) * step / (PointCount - 1), 2)).Distinct().ToList();
}
