namespace NrcGame.Market;

/// <summary>
/// ADBUDG response (Little 1970; market-model.md §2.1): <c>R(x) = min + (max − min)·x^γ / (half^γ + x^γ)</c>.
/// With normalised stocks (§2.3) the reference effort is x = 1, so <see cref="Half"/> defaults to 1.
/// </summary>
/// <param name="Min">Response at zero effort (r_min).</param>
/// <param name="Max">Saturation response (r_max).</param>
/// <param name="Half">Half-saturation effort h.</param>
/// <param name="Gamma">Shape γ: ≤ 1 concave, &gt; 1 S-shaped.</param>
public sealed record ResponseCurve(double Min, double Max, double Half = 1.0, double Gamma = 1.0)
{
    /// <summary>Response at effort <paramref name="effort"/> (negative efforts count as zero).</summary>
    public double Evaluate(double effort)
    {
        if (effort <= 0) return Min;
        var scaled = Gamma == 1.0 ? effort : Math.Pow(effort, Gamma);
        var half = Gamma == 1.0 ? Half : Math.Pow(Half, Gamma);
        return Min + (Max - Min) * scaled / (half + scaled);
    }
}
