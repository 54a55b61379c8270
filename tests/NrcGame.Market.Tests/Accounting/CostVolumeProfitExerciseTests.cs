using NrcGame.Market.Accounting.Formulas;

namespace NrcGame.Market.Tests.Accounting;

/// <summary>Worked exercises on seuil de rentabilité, point mort and sécurité (§7.2).</summary>
public sealed class CostVolumeProfitExerciseTests
{
    [Fact]
    public void Exercise_8_seuil_de_rentabilité_marge_et_indice_de_sécurité_levier()
    {
        // CA 500 000 €, charges variables 300 000 €, charges fixes 150 000 €.
        // M/CV = 200 000; taux de M/CV = 200 000 / 500 000 = 0,40.
        // SR = 150 000 / 0,40 = 375 000 €. Résultat = 200 000 − 150 000 = 50 000.
        // Marge de sécurité = 500 000 − 375 000 = 125 000; indice = 125 000 / 500 000 = 0,25.
        // Levier opérationnel = 200 000 / 50 000 = 4.
        // Point mort = 375 000 / 500 000 × 360 = 270 jours = 9 mois → 30 septembre.
        var rate = CostVolumeProfit.ContributionMarginRate(500_000m, 300_000m);
        var breakEven = CostVolumeProfit.BreakEvenRevenue(150_000m, rate);
        var day = CostVolumeProfit.BreakEvenDay(breakEven, 500_000m);

        Assert.Equal(200_000m, CostVolumeProfit.ContributionMargin(500_000m, 300_000m));
        Assert.Equal(0.40m, rate);
        Assert.Equal(375_000m, breakEven);
        Assert.Equal(0m, CostVolumeProfit.Result(breakEven, rate, 150_000m));
        Assert.Equal(125_000m, CostVolumeProfit.SafetyMargin(500_000m, breakEven));
        Assert.Equal(0.25m, CostVolumeProfit.SafetyIndex(500_000m, breakEven));
        Assert.Equal(4m, CostVolumeProfit.OperatingLeverage(200_000m, 50_000m));
        Assert.Equal(270m, day);
        Assert.Equal(new DateOnly(2026, 9, 30), CostVolumeProfit.BreakEvenDate(day, 2026));
    }

    [Fact]
    public void Exercise_9_point_mort_date_and_break_even_quantity()
    {
        // SR 360 000 €, CA annuel 600 000 €: 360 000 / 600 000 × 360 = 216 jours = 7 mois et 6 jours → 6 août.
        // SR en quantité: charges fixes 90 000 €, M/CV unitaire 12 € → 90 000 / 12 = 7 500 unités.
        var day = CostVolumeProfit.BreakEvenDay(360_000m, 600_000m);

        Assert.Equal(216m, day);
        Assert.Equal(new DateOnly(2026, 8, 6), CostVolumeProfit.BreakEvenDate(day, 2026));
        Assert.Equal(7_500m, CostVolumeProfit.BreakEvenQuantity(90_000m, 12m));
    }

    [Fact]
    public void Exercise_10_point_mort_with_seasonality_cumulative_versus_linear()
    {
        // Charges fixes annuelles 120 000 €; M/CV trimestrielles 20 000, 40 000, 30 000, 50 000 (Σ 140 000) pour un CA de 350 000.
        // Cumul: T1 20 000, T2 60 000, T3 90 000; il manque 30 000 au T4 sur 50 000 → 30 000 / 50 000 = 0,6 trimestre.
        // Point mort cumulé = 3 × 90 + 0,6 × 90 = 270 + 54 = 324 jours → 10 mois et 24 jours → 24 novembre.
        // Linéaire: taux de M/CV = 140 000 / 350 000 = 0,40; SR = 120 000 / 0,40 = 300 000;
        // 300 000 / 350 000 × 360 = 308,57 jours → le 309e jour: 10 mois et 9 jours → 9 novembre.
        var cumulative = CostVolumeProfit.CumulativeBreakEvenDay([20_000m, 40_000m, 30_000m, 50_000m], 120_000m);
        var linear = CostVolumeProfit.BreakEvenDay(CostVolumeProfit.BreakEvenRevenue(120_000m, 0.40m), 350_000m);

        Assert.Equal(324m, cumulative);
        Assert.Equal(new DateOnly(2026, 11, 24), CostVolumeProfit.BreakEvenDate(cumulative!.Value, 2026));
        Assert.Equal(308.57m, Math.Round(linear, 2));
        Assert.Equal(new DateOnly(2026, 11, 9), CostVolumeProfit.BreakEvenDate(linear, 2026));
        Assert.Null(CostVolumeProfit.CumulativeBreakEvenDay([20_000m, 40_000m], 120_000m));
    }

    [Fact]
    public void Exercise_22_break_even_analysis_of_a_quarter_for_the_tableau_de_bord()
    {
        // Trimestre: CA 200 000 €, charges variables 120 000 €, charges fixes 60 000 €.
        // M/CV = 80 000; taux = 0,40; SR = 60 000 / 0,40 = 150 000; résultat = 80 000 − 60 000 = 20 000.
        // Point mort = 150 000 / 200 000 × 90 = 67,5 jours. MS = 50 000; IS = 0,25; levier = 80 000 / 20 000 = 4.
        var analysis = BreakEvenAnalysis.Compute(200_000m, 120_000m, 60_000m, RotationRatios.DaysInQuarter);

        Assert.Equal(0.40m, analysis.ContributionMarginRate);
        Assert.Equal(150_000m, analysis.BreakEvenRevenue);
        Assert.Equal(20_000m, analysis.Result);
        Assert.Equal(67.5m, analysis.BreakEvenDay);
        Assert.Equal(50_000m, analysis.SafetyMargin);
        Assert.Equal(0.25m, analysis.SafetyIndex);
        Assert.Equal(4m, analysis.OperatingLeverage);
        Assert.Null(BreakEvenAnalysis.Compute(0m, 0m, 60_000m).BreakEvenRevenue);
    }
}
