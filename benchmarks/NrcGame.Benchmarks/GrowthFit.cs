namespace NrcGame.Benchmarks;

/// <summary>
/// How a cost grows with a size: the exponent <c>k</c> of <c>cost ≈ a · size^k</c>, fitted by least squares
/// on logarithms (k ≈ 1: linear, k ≈ 2: quadratic).
/// </summary>
internal static class GrowthFit
{
    /// <summary>The fitted exponent over every (size, cost) point; at least two distinct sizes are needed.</summary>
    public static double Exponent(IReadOnlyList<(double Size, double Cost)> points)
    {
        if (points.Select(point => point.Size).Distinct().Count() < 2) throw new ArgumentException("At least two distinct sizes are needed.", nameof(points));
        var xs = points.Select(point => Math.Log(point.Size)).ToArray();
        var ys = points.Select(point => Math.Log(point.Cost)).ToArray();
        var meanX = xs.Average();
        var meanY = ys.Average();
        var covariance = xs.Zip(ys, (x, y) => (x - meanX) * (y - meanY)).Sum();
        var variance = xs.Sum(x => (x - meanX) * (x - meanX));
        return covariance / variance;
    }
}
