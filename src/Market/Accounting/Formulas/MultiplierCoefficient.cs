namespace NrcGame.Market.Accounting.Formulas;

/// <summary>
/// Coefficient multiplicateur in the two conventions French courses use (market-model.md §7.1b);
/// always display both with their labels, since the same product reads e.g. 3,0 (TTC/HT) and 2,5 (HT/HT).
/// </summary>
public static class MultiplierCoefficient
{
    /// <summary>Display label of the commerce convention: PV TTC / PA HT.</summary>
    public const string IncludingVatLabel = "coef. multiplicateur (TTC/HT)";

    /// <summary>Display label of the HT convention: PV HT / PA HT.</summary>
    public const string ExcludingVatLabel = "coef. HT/HT";

    /// <summary>Coefficient multiplicateur (TTC/HT) = PV TTC / PA HT, the usual commerce/BTS convention.</summary>
    public static decimal IncludingVat(decimal sellingPriceIncludingVat, decimal purchaseCost) => sellingPriceIncludingVat / purchaseCost;

    /// <summary>Coefficient HT/HT = PV HT / PA HT.</summary>
    public static decimal ExcludingVat(decimal sellingPriceExcludingVat, decimal purchaseCost) => sellingPriceExcludingVat / purchaseCost;

    /// <summary>Coefficient multiplicateur (TTC/HT) = (1 + taux de TVA) / (1 − taux de marque).</summary>
    public static decimal IncludingVatFromMarginRate(decimal marginRate, decimal vatRate) => (1m + vatRate) / (1m - marginRate);

    /// <summary>Coefficient HT/HT = 1 / (1 − taux de marque).</summary>
    public static decimal ExcludingVatFromMarginRate(decimal marginRate) => 1m / (1m - marginRate);
}
