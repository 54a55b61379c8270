using System.Globalization;

namespace NrcGame.LoadTest;

/// <summary>Nearest-rank percentiles of a set of durations in milliseconds.</summary>
internal static class Percentiles
{
    /// <summary>The <paramref name="percentile"/>th percentile (0-100) of <paramref name="samples"/>, nearest rank.</summary>
    public static double Of(IReadOnlyCollection<double> samples, double percentile)
    {
        if (samples.Count == 0) throw new InvalidOperationException("No samples were measured.");
        var sorted = samples.Order().ToArray();
        var rank = (int)Math.Ceiling(percentile / 100 * sorted.Length);
        return sorted[Math.Clamp(rank - 1, 0, sorted.Length - 1)];
    }

    /// <summary>A value formatted with one decimal, invariant culture.</summary>
    public static string Format(double value) => value.ToString("0.0", CultureInfo.InvariantCulture);
}
