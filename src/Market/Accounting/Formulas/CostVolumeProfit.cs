namespace NrcGame.Market.Accounting.Formulas;

/// <summary>
/// Analyse coût–volume–profit (market-model.md §7.2): marge sur coût variable, seuil de rentabilité,
/// point mort, marge et indice de sécurité, levier opérationnel. Rates are kept unrounded.
/// </summary>
public static class CostVolumeProfit
{
    /// <summary>Marge sur coût variable (M/CV) = CA HT − charges variables.</summary>
    public static decimal ContributionMargin(decimal turnover, decimal variableCosts) => turnover - variableCosts;

    /// <summary>Taux de marge sur coût variable = M/CV / CA HT.</summary>
    public static decimal ContributionMarginRate(decimal turnover, decimal variableCosts) =>
        ContributionMargin(turnover, variableCosts) / turnover;

    /// <summary>Résultat = CA × taux de M/CV − charges fixes.</summary>
    public static decimal Result(decimal turnover, decimal contributionMarginRate, decimal fixedCosts) =>
        turnover * contributionMarginRate - fixedCosts;

    /// <summary>Seuil de rentabilité (SR, in €) = charges fixes / taux de M/CV.</summary>
    public static decimal BreakEvenRevenue(decimal fixedCosts, decimal contributionMarginRate) => fixedCosts / contributionMarginRate;

    /// <summary>Seuil de rentabilité in quantity = charges fixes / M/CV unitaire.</summary>
    public static decimal BreakEvenQuantity(decimal fixedCosts, decimal unitContributionMargin) => fixedCosts / unitContributionMargin;

    /// <summary>
    /// Point mort (linear, in days from the start of the year) = SR / CA × jours, with the ratio not
    /// rounded (§7.1b); 360 days by default, 365 as an option. Beyond the year when CA &lt; SR.
    /// </summary>
    public static decimal BreakEvenDay(decimal breakEvenRevenue, decimal annualTurnover, int daysInYear = RotationRatios.DaysInYear) =>
        breakEvenRevenue * daysInYear / annualTurnover;

    /// <summary>
    /// Point mort with seasonality: cumulates the M/CV of the successive periods until it covers the
    /// annual fixed costs, interpolating linearly within the period. Null when the year's M/CV never covers them.
    /// </summary>
    public static decimal? CumulativeBreakEvenDay(
        IReadOnlyList<decimal> periodContributionMargins,
        decimal annualFixedCosts,
        int daysPerPeriod = RotationRatios.DaysInQuarter)
    {
        var covered = 0m;
        for (var period = 0; period < periodContributionMargins.Count; period++)
        {
            var margin = periodContributionMargins[period];
            if (margin > 0m && covered + margin >= annualFixedCosts)
            {
                return daysPerPeriod * (period + (annualFixedCosts - covered) / margin);
            }

            covered += margin;
        }

        return annualFixedCosts <= 0m ? 0m : null;
    }

    /// <summary>
    /// Calendar date of a point mort counted in days of a 360-day year (twelve months of 30 days):
    /// 216 days = 7 months and 6 days → 6 August. A fraction of a day counts as the day reached;
    /// day 29 or 30 of February is the last day of February; days beyond the year are clamped to 30 December.
    /// </summary>
    public static DateOnly BreakEvenDate(decimal breakEvenDay, int year)
    {
        var dayNumber = (int)Math.Clamp(Math.Ceiling(breakEvenDay), 1m, RotationRatios.DaysInYear);
        var completedMonths = (dayNumber - 1) / 30;
        var dayInMonth = dayNumber - completedMonths * 30;
        var month = completedMonths + 1;
        return new DateOnly(year, month, Math.Min(dayInMonth, DateTime.DaysInMonth(year, month)));
    }

    /// <summary>Marge de sécurité = CA − SR.</summary>
    public static decimal SafetyMargin(decimal turnover, decimal breakEvenRevenue) => turnover - breakEvenRevenue;

    /// <summary>Indice de sécurité = marge de sécurité / CA.</summary>
    public static decimal SafetyIndex(decimal turnover, decimal breakEvenRevenue) => SafetyMargin(turnover, breakEvenRevenue) / turnover;

    /// <summary>Levier opérationnel = M/CV / résultat courant.</summary>
    public static decimal OperatingLeverage(decimal contributionMargin, decimal currentResult) => contributionMargin / currentResult;
}
