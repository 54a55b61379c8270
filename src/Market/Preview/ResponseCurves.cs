namespace NrcGame.Market;

/// <summary>
/// The response curves a teacher previews while tuning the market (product.md, the teacher's console): for one firm
/// and one segment, demand versus list price and volume share versus media budget. Every point is a complete
/// <see cref="TurnResolver.Resolve"/> of the turn with only that firm's price (or budget) changed and every other
/// firm at its current decisions, so the curves are the engine's, not a formula beside it. Pure and deterministic.
/// </summary>
public static class ResponseCurves
{
    /// <summary>Samples both curves of <paramref name="firmId"/> in <paramref name="segmentId"/> at <paramref name="grid"/>.</summary>
    /// <exception cref="ArgumentException">The firm or the segment is not in <paramref name="input"/>.</exception>
    public static ResponseCurveSet Sample(TurnInput input, string firmId, string segmentId, CurveGrid grid)
    {
        if (!input.Firms.TryGetValue(firmId, out var firm)) throw new ArgumentException($"Unknown firm {firmId}.", nameof(firmId));
        if (input.Scenario.Segments.All(segment => segment.Id != segmentId)) throw new ArgumentException($"Unknown segment {segmentId}.", nameof(segmentId));
        var decisions = firm.Decisions;
        var prices = grid.Prices.Select(price =>
        {
            var sales = SegmentOf(input.WithDecisions(firmId, WithListPrice(decisions, segmentId, price)), firmId, segmentId);
            return new PricePoint(price, sales.Demand, sales.UnitsSold);
        }).ToList();
        var efforts = grid.MediaSpends.Select(spend =>
            new EffortPoint(spend, SegmentOf(input.WithDecisions(firmId, WithMediaSpend(decisions, segmentId, spend)), firmId, segmentId).VolumeShare)).ToList();
        return new ResponseCurveSet(prices, efforts);
    }

    /// <summary><paramref name="decisions"/> with the list price of <paramref name="segmentId"/> set to <paramref name="price"/>.</summary>
    public static FirmDecisions WithListPrice(FirmDecisions decisions, string segmentId, decimal price) =>
        decisions with { Pricing = decisions.Pricing with { ListPrice = Replace(decisions.Pricing.ListPrice, segmentId, price) } };

    /// <summary><paramref name="decisions"/> with the media budget of <paramref name="segmentId"/> set to <paramref name="spend"/>.</summary>
    public static FirmDecisions WithMediaSpend(FirmDecisions decisions, string segmentId, decimal spend) =>
        decisions with { Promotion = decisions.Promotion with { Media = Replace(decisions.Promotion.Media, segmentId, spend) } };

    private static SegmentSales SegmentOf(TurnInput input, string firmId, string segmentId) =>
        TurnResolver.Resolve(input).Firms[firmId].Sales.Segments.FirstOrDefault(sales => sales.Segment == segmentId) ?? new SegmentSales { Segment = segmentId };

    private static Dictionary<string, decimal> Replace(IReadOnlyDictionary<string, decimal> values, string key, decimal value) =>
        new(values, StringComparer.Ordinal) { [key] = value };
}
