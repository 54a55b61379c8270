namespace NrcGame.Debrief;

/// <summary>
/// The flat list of named indicators of a firm's turn, all read from the engine's result (nothing recomputed):
/// sales, shares, margins, SIG, bilan fonctionnel, delays, salesforce, score, and CA HT and units per segment.
/// Rates computed by the engine in <see cref="double"/> are converted to <see cref="decimal"/> (a non-finite rate counts as 0).
/// </summary>
public static class IndicatorCatalog
{
    /// <summary>Every indicator of <paramref name="result"/>, in a stable order.</summary>
    public static IReadOnlyList<Indicator> Of(FirmTurnResult result)
    {
        var income = result.Statements.Income;
        var capital = result.Statements.WorkingCapital;
        var dashboard = result.Dashboard;
        var reps = result.SalesTeam.Reps;
        var indicators = new List<Indicator>
        {
            new("ca_ht", "CA HT", IndicatorUnit.Euros, result.Sales.RevenueHt),
            new("unites", "Unités vendues", IndicatorUnit.Units, result.Sales.UnitsSold),
            new("part_marche_valeur", "Part de marché en valeur", IndicatorUnit.Rate, Decimal(result.Sales.ValueShare)),
            new("part_marche_volume", "Part de marché en volume", IndicatorUnit.Rate, Decimal(result.Sales.VolumeShare)),
            new("marge_commerciale", "Marge commerciale", IndicatorUnit.Euros, income.CommercialMargin),
            new("taux_marque", "Taux de marque (marge / CA HT)", IndicatorUnit.Rate, Decimal(dashboard.MarginRate)),
            new("taux_marge", "Taux de marge (marge / coût d'achat)", IndicatorUnit.Rate, Decimal(dashboard.MarkupRate)),
            new("valeur_ajoutee", "Valeur ajoutée", IndicatorUnit.Euros, income.ValueAdded),
            new("charges_personnel", "Charges de personnel", IndicatorUnit.Euros, income.PersonnelExpenses),
            new("ebe", "EBE", IndicatorUnit.Euros, income.GrossOperatingProfit),
            new("resultat_exploitation", "Résultat d'exploitation", IndicatorUnit.Euros, income.OperatingResult),
            new("resultat_net", "Résultat net", IndicatorUnit.Euros, income.NetResult),
            new("frng", "FRNG", IndicatorUnit.Euros, capital.NetWorkingCapital),
            new("bfr", "BFR", IndicatorUnit.Euros, capital.Need),
            new("tresorerie", "Trésorerie nette", IndicatorUnit.Euros, capital.NetCash),
            new("seuil_rentabilite", "Seuil de rentabilité annuel", IndicatorUnit.Euros, dashboard.BreakEvenRevenue),
            new("delai_clients", "Délai clients", IndicatorUnit.Days, Decimal(dashboard.DsoDays)),
            new("delai_stocks", "Délai de rotation des stocks", IndicatorUnit.Days, Decimal(dashboard.StockRotationDays)),
            new("taux_impayes", "Taux d'impayés", IndicatorUnit.Rate, Decimal(result.Risk.BadDebtRate)),
            new("taux_service", "Taux de service", IndicatorUnit.Rate, Decimal(result.Sales.ServiceLevel)),
            new("effectif", "Effectif commercial", IndicatorUnit.Count, result.SalesTeam.Headcount),
            new("effectif_talley", "Effectif théorique (Talley)", IndicatorUnit.Count, result.SalesTeam.TalleyHeadcount),
            new("couverture", "Couverture de la charge de travail", IndicatorUnit.Rate, Decimal(dashboard.Coverage)),
            new("turnover", "Turnover", IndicatorUnit.Rate, Decimal(dashboard.Turnover)),
            new("motivation", "Motivation moyenne", IndicatorUnit.Rate, reps.Count == 0 ? 0m : Decimal(reps.Average(rep => rep.Motivation))),
            new("cout_force_vente", "Coût de la force de vente / CA HT", IndicatorUnit.Rate, Decimal(dashboard.SalesforceCostRatio)),
            new("score", "Score", IndicatorUnit.Points, Decimal(result.Score.Score)),
        };
        foreach (var segment in result.Sales.Segments)
        {
            indicators.Add(new($"ca_ht.{segment.Segment}", $"CA HT ({segment.Segment})", IndicatorUnit.Euros, segment.RevenueHt));
            indicators.Add(new($"unites.{segment.Segment}", $"Unités vendues ({segment.Segment})", IndicatorUnit.Units, segment.UnitsSold));
        }
        return indicators;
    }

    private static decimal Decimal(double value) => double.IsFinite(value) ? (decimal)value : 0m;
}
