namespace NrcGame.Market;

/// <summary>The two response curves of one firm in one segment, each point a full resolution of the turn.</summary>
/// <param name="Prices">Demand and units sold versus the firm's list price.</param>
/// <param name="Efforts">Volume share versus the firm's media budget.</param>
public sealed record ResponseCurveSet(IReadOnlyList<PricePoint> Prices, IReadOnlyList<EffortPoint> Efforts);
