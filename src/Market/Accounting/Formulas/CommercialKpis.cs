namespace NrcGame.Market.Accounting.Formulas;

/// <summary>
/// Commercial indicators of the tableau de bord that are plain ratios (market-model.md §7.5).
/// DSO and DPO are <see cref="RotationRatios.CustomerCreditDays"/> and <see cref="RotationRatios.SupplierCreditDays"/>.
/// Every ratio is 0 when its denominator is 0.
/// </summary>
public static class CommercialKpis
{
    /// <summary>CA par commercial = CA HT / effectif commercial (équivalents temps plein).</summary>
    public static decimal TurnoverPerRep(decimal turnover, decimal repCount) => Ratio(turnover, repCount);

    /// <summary>Coût de la force de vente / CA (benchmark ≈ 10 %).</summary>
    public static decimal SalesforceCostRatio(decimal salesforceCost, decimal turnover) => Ratio(salesforceCost, turnover);

    /// <summary>Taux de transformation = commandes / visites (or contacts).</summary>
    public static decimal ConversionRate(decimal orders, decimal visits) => Ratio(orders, visits);

    /// <summary>Couverture = visites réalisées / visites requises (Talley workload).</summary>
    public static decimal Coverage(decimal visitsMade, decimal visitsRequired) => Ratio(visitsMade, visitsRequired);

    /// <summary>Taux d'impayés = créances passées en perte / CA TTC facturé à crédit.</summary>
    public static decimal BadDebtRate(decimal writtenOffReceivables, decimal creditSalesIncludingVat) => Ratio(writtenOffReceivables, creditSalesIncludingVat);

    /// <summary>Part des créances douteuses = créances douteuses / créances clients totales.</summary>
    public static decimal DoubtfulReceivablesShare(decimal doubtfulReceivables, decimal totalReceivables) => Ratio(doubtfulReceivables, totalReceivables);

    /// <summary>Turnover des commerciaux = départs de la période / effectif moyen.</summary>
    public static decimal RepTurnoverRate(decimal departures, decimal averageHeadcount) => Ratio(departures, averageHeadcount);

    /// <summary>Part de marché (en volume or en valeur) = ventes de l'entreprise / ventes du marché.</summary>
    public static decimal MarketShare(decimal ownSales, decimal marketSales) => Ratio(ownSales, marketSales);

    /// <summary>Share of voice (SOV) = dépenses publicitaires de l'entreprise / dépenses du marché.</summary>
    public static decimal ShareOfVoice(decimal ownAdvertising, decimal marketAdvertising) => Ratio(ownAdvertising, marketAdvertising);

    private static decimal Ratio(decimal numerator, decimal denominator) => denominator == 0m ? 0m : numerator / denominator;
}
