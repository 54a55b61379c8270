namespace NrcGame.Market.Accounting.Formulas;

/// <summary>
/// Prix, TVA and marges as taught (market-model.md §7.1). Rates are fractions (0.25 for 25 %),
/// kept unrounded; round only for display.
/// </summary>
public static class PricingFormulas
{
    /// <summary>Prix TTC = prix HT × (1 + taux de TVA).</summary>
    public static decimal IncludingVat(decimal priceExcludingVat, decimal vatRate) => priceExcludingVat * (1m + vatRate);

    /// <summary>Prix HT = prix TTC / (1 + taux de TVA).</summary>
    public static decimal ExcludingVat(decimal priceIncludingVat, decimal vatRate) => priceIncludingVat / (1m + vatRate);

    /// <summary>Montant de TVA = base HT × taux de TVA.</summary>
    public static decimal Vat(decimal amountExcludingVat, decimal vatRate) => amountExcludingVat * vatRate;

    /// <summary>Marge commerciale unitaire = PV HT − coût d'achat HT.</summary>
    public static decimal UnitMargin(decimal sellingPriceExcludingVat, decimal purchaseCost) => sellingPriceExcludingVat - purchaseCost;

    /// <summary>Taux de marge = marge / coût d'achat HT (the markup on cost).</summary>
    public static decimal MarkupRate(decimal sellingPriceExcludingVat, decimal purchaseCost) =>
        UnitMargin(sellingPriceExcludingVat, purchaseCost) / purchaseCost;

    /// <summary>Taux de marque = marge / PV HT (the margin on the selling price).</summary>
    public static decimal MarginRate(decimal sellingPriceExcludingVat, decimal purchaseCost) =>
        UnitMargin(sellingPriceExcludingVat, purchaseCost) / sellingPriceExcludingVat;

    /// <summary>PV HT = coût d'achat HT × (1 + taux de marge).</summary>
    public static decimal SellingPriceFromMarkupRate(decimal purchaseCost, decimal markupRate) => purchaseCost * (1m + markupRate);

    /// <summary>PV HT = coût d'achat HT / (1 − taux de marque).</summary>
    public static decimal SellingPriceFromMarginRate(decimal purchaseCost, decimal marginRate) => purchaseCost / (1m - marginRate);

    /// <summary>Taux de marque = taux de marge / (1 + taux de marge).</summary>
    public static decimal MarginRateFromMarkupRate(decimal markupRate) => markupRate / (1m + markupRate);

    /// <summary>Taux de marge = taux de marque / (1 − taux de marque).</summary>
    public static decimal MarkupRateFromMarginRate(decimal marginRate) => marginRate / (1m - marginRate);
}
