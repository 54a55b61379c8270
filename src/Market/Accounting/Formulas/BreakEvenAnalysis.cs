namespace NrcGame.Market.Accounting.Formulas;

/// <summary>
/// Analyse du seuil de rentabilité of a period, ready for the tableau de bord (market-model.md §7.2).
/// The charges are split into variables and fixes by the caller (§7.2 game classification). Figures
/// that have no meaning (no CA, or a M/CV that is not positive) are null.
/// </summary>
public sealed record BreakEvenAnalysis
{
    /// <summary>CA HT of the period.</summary>
    public decimal Turnover { get; init; }

    /// <summary>Charges variables of the period.</summary>
    public decimal VariableCosts { get; init; }

    /// <summary>Charges fixes of the period.</summary>
    public decimal FixedCosts { get; init; }

    /// <summary>Marge sur coût variable = CA − charges variables.</summary>
    public decimal ContributionMargin { get; init; }

    /// <summary>Résultat courant = M/CV − charges fixes.</summary>
    public decimal Result { get; init; }

    /// <summary>Taux de M/CV = M/CV / CA (unrounded).</summary>
    public decimal? ContributionMarginRate { get; init; }

    /// <summary>Seuil de rentabilité = charges fixes / taux de M/CV.</summary>
    public decimal? BreakEvenRevenue { get; init; }

    /// <summary>Point mort, in days from the start of the period = SR / CA × days of the period.</summary>
    public decimal? BreakEvenDay { get; init; }

    /// <summary>Marge de sécurité = CA − SR.</summary>
    public decimal? SafetyMargin { get; init; }

    /// <summary>Indice de sécurité = marge de sécurité / CA.</summary>
    public decimal? SafetyIndex { get; init; }

    /// <summary>Levier opérationnel = M/CV / résultat courant (null when the result is 0).</summary>
    public decimal? OperatingLeverage { get; init; }

    /// <summary>Computes the analysis of a period of <paramref name="daysInPeriod"/> days (360 for a year, 90 for a quarter).</summary>
    public static BreakEvenAnalysis Compute(decimal turnover, decimal variableCosts, decimal fixedCosts, int daysInPeriod = RotationRatios.DaysInYear)
    {
        var contributionMargin = CostVolumeProfit.ContributionMargin(turnover, variableCosts);
        var result = contributionMargin - fixedCosts;
        var analysis = new BreakEvenAnalysis
        {
            Turnover = turnover,
            VariableCosts = variableCosts,
            FixedCosts = fixedCosts,
            ContributionMargin = contributionMargin,
            Result = result,
            OperatingLeverage = result == 0m ? null : CostVolumeProfit.OperatingLeverage(contributionMargin, result),
        };
        if (turnover <= 0m || contributionMargin <= 0m)
        {
            return analysis;
        }

        var rate = CostVolumeProfit.ContributionMarginRate(turnover, variableCosts);
        var breakEven = CostVolumeProfit.BreakEvenRevenue(fixedCosts, rate);
        return analysis with
        {
            ContributionMarginRate = rate,
            BreakEvenRevenue = breakEven,
            BreakEvenDay = CostVolumeProfit.BreakEvenDay(breakEven, turnover, daysInPeriod),
            SafetyMargin = CostVolumeProfit.SafetyMargin(turnover, breakEven),
            SafetyIndex = CostVolumeProfit.SafetyIndex(turnover, breakEven),
        };
    }
}
