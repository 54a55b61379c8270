namespace NrcGame.Market;

/// <summary>
/// Motivation, satisfaction and turnover of a rep (market-model.md §4.5): Vroom's expectancy × instrumentality ×
/// valence, Hersey–Blanchard style fit, Herzberg hygiene factors in satisfaction, a logistic quit hazard.
/// Every function is pure and bounded.
/// </summary>
public static class MotivationModel
{
    /// <summary>E = Φ((Ŝ − Q)/σ) with σ = CV·Ŝ: the chance of reaching the quota (0 when nothing is expected).</summary>
    public static double Expectancy(double expectedSales, double quota, double volatility)
    {
        if (quota <= 0) return 1.0;
        if (expectedSales <= 0) return 0.0;
        var sigma = Math.Max(1e-9, volatility * expectedSales);
        return NormalCdf((expectedSales - quota) / sigma);
    }

    /// <summary>I = 0.1 + 0.9·v·ι, ×0.7 when the rep expects &gt; 120 % of quota with no over-quota rate (slack after quota).</summary>
    public static double Instrumentality(double variableShare, bool individualPay, bool slackAfterQuota)
    {
        var value = 0.1 + 0.9 * Math.Clamp(variableShare, 0, 1) * (individualPay ? 1.0 : 0.0);
        return slackAfterQuota ? value * 0.7 : value;
    }

    /// <summary>V = min(1, variable at target / (10 % of annual target pay))^0.5 + 0.1·recognition, at most 1.1.</summary>
    public static double Valence(double variableAtTarget, double quarterlyTargetPay, double recognition)
    {
        var yardstick = 0.10 * 4 * quarterlyTargetPay;
        var ratio = yardstick > 0 ? Math.Min(1.0, Math.Max(0.0, variableAtTarget) / yardstick) : 0.0;
        return Math.Sqrt(ratio) + 0.1 * Math.Clamp(recognition, 0, 1);
    }

    /// <summary>Hersey–Blanchard: maturity (tenure, skill, motivation, 0–1) calls for a style; fit = 1 − |style − ideal| / 3.</summary>
    public static double StyleFit(ManagementStyle style, double maturity)
    {
        var ideal = Math.Min(3, (int)(Math.Clamp(maturity, 0, 1) * 4));
        return 1.0 - Math.Abs((int)style - ideal) / 3.0;
    }

    /// <summary>m_base = 0.4 + 0.2·style fit (0.4–0.6).</summary>
    public static double BaseMotivation(double styleFit) => 0.4 + 0.2 * Math.Clamp(styleFit, 0, 1);

    /// <summary>M = clamp(m_base + (1 − m_base)·E·I·V, 0, 1).</summary>
    public static double Motivation(double baseMotivation, double expectancy, double instrumentality, double valence) =>
        Math.Clamp(baseMotivation + (1 - baseMotivation) * expectancy * instrumentality * valence, 0, 1);

    /// <summary>e = (0.8 + 0.4·M)·(1 + boost)·(1 − 0.15·max(0, overload − 1.1)), never negative.</summary>
    public static double EffortMultiplier(double motivation, double stimulationBoost, double overload) =>
        Math.Max(0.0, (0.8 + 0.4 * motivation) * (1 + stimulationBoost) * (1 - 0.15 * Math.Max(0, overload - 1.1)));

    /// <summary>Stimulation boost = max · b/(b + half·headcount): short-lived, with diminishing returns (§4.4).</summary>
    public static double StimulationBoost(decimal budget, int headcount, SalesforceParameters parameters)
    {
        if (budget <= 0 || headcount <= 0) return 0;
        var half = (double)parameters.StimulationHalfPerRep * headcount;
        return parameters.StimulationMaxBoost * (double)budget / ((double)budget + half);
    }

    /// <summary>
    /// Sat = 0.35·(pay ratio − 1)·3 + 0.20·fairness + 0.20·(1 − max(0, overload − 1)) + 0.10·style fit
    /// + 0.10·training/career + 0.05·recognition − ρ·v·CV, clamped to [0, 1].
    /// </summary>
    public static double Satisfaction(double payRatio, double fairness, double overload, double styleFit, double training, double recognition, double variableShare, double volatility) =>
        Math.Clamp(
            0.35 * (payRatio - 1) * 3 + 0.20 * fairness + 0.20 * (1 - Math.Max(0, overload - 1)) + 0.10 * styleFit
            + 0.10 * training + 0.05 * recognition - variableShare * volatility,
            0, 1);

    /// <summary>q = floor + range / (1 + exp(steepness·(Sat − midpoint))): 2 %–25 % a quarter, ≈ 7 % at Sat 0.465.</summary>
    public static double QuitProbability(double satisfaction, SalesforceParameters parameters) =>
        parameters.QuitFloor + parameters.QuitRange / (1 + Math.Exp(parameters.QuitSteepness * (satisfaction - parameters.QuitMidpoint)));

    /// <summary>Standard normal CDF (Abramowitz &amp; Stegun 7.1.26, |error| &lt; 1.5e-7).</summary>
    public static double NormalCdf(double z)
    {
        var x = Math.Abs(z) / Math.Sqrt(2.0);
        var t = 1.0 / (1.0 + 0.3275911 * x);
        var erf = 1.0 - (((((1.061405429 * t - 1.453152027) * t) + 1.421413741) * t - 0.284496736) * t + 0.254829592) * t * Math.Exp(-x * x);
        return z >= 0 ? 0.5 * (1 + erf) : 0.5 * (1 - erf);
    }
}
