namespace NrcGame.Market.Accounting.Formulas;

/// <summary>
/// Coût implicite de l'escompte, the annual rate a client earns by paying early
/// (market-model.md §7.1, §7.1b, §6.3).
/// </summary>
public static class CashDiscountCost
{
    /// <summary>
    /// Exact annual rate = e / (1 − e) × 365 / n, with e the escompte rate and n the days of advance.
    /// </summary>
    public static decimal ExactAnnualRate(decimal cashDiscountRate, decimal daysOfAdvance) =>
        ImpliedAnnualRate(cashDiscountRate, daysOfAdvance, 365);

    /// <summary>
    /// Course approximation shown to students = e × 360 / n.
    /// </summary>
    public static decimal SimpleAnnualRate(decimal cashDiscountRate, decimal daysOfAdvance) =>
        cashDiscountRate * RotationRatios.DaysInYear / daysOfAdvance;

    /// <summary>
    /// e / (1 − e) × year / n on a year of <paramref name="daysInYear"/> days; with 360 days this is
    /// the take-up test of §6.3 (2/10 net 30 ≈ 36,7 %/an).
    /// </summary>
    public static decimal ImpliedAnnualRate(decimal cashDiscountRate, decimal daysOfAdvance, int daysInYear = RotationRatios.DaysInYear) =>
        cashDiscountRate / (1m - cashDiscountRate) * daysInYear / daysOfAdvance;
}
