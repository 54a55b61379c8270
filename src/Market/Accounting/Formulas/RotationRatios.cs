namespace NrcGame.Market.Accounting.Formulas;

/// <summary>
/// Délais de rotation (durées de rotation) and amounts expressed in days (market-model.md §7.3).
/// Convention of the game (§7.1b): a 360-day commercial year, so 90 days for a quarter; use
/// quarterly flows with 90 days or annual flows with 360 days.
/// </summary>
public static class RotationRatios
{
    /// <summary>Days of the commercial year (année commerciale de 360 jours).</summary>
    public const int DaysInYear = 360;

    /// <summary>Days of a quarter in the commercial year.</summary>
    public const int DaysInQuarter = 90;

    /// <summary>Stock moyen = (stock initial + stock final) / 2.</summary>
    public static decimal AverageStock(decimal openingStock, decimal closingStock) => (openingStock + closingStock) / 2m;

    /// <summary>
    /// Délai de rotation des stocks de marchandises = stock moyen / coût d'achat des marchandises vendues × jours.
    /// </summary>
    public static decimal InventoryDays(decimal averageStock, decimal costOfGoodsSold, int days = DaysInYear) =>
        Days(averageStock, costOfGoodsSold, days);

    /// <summary>Délai de crédit clients (DSO) = (créances clients + EENE) / CA TTC × jours.</summary>
    public static decimal CustomerCreditDays(decimal receivablesIncludingVat, decimal turnoverIncludingVat, int days = DaysInYear) =>
        Days(receivablesIncludingVat, turnoverIncludingVat, days);

    /// <summary>Délai de crédit fournisseurs (DPO) = dettes fournisseurs / achats TTC × jours.</summary>
    public static decimal SupplierCreditDays(decimal payablesIncludingVat, decimal purchasesIncludingVat, int days = DaysInYear) =>
        Days(payablesIncludingVat, purchasesIncludingVat, days);

    /// <summary>An amount in days of CA HT, e.g. BFR en jours de CA = BFR / CA HT × jours.</summary>
    public static decimal InDaysOfSales(decimal amount, decimal turnoverExcludingVat, int days = DaysInYear) =>
        Days(amount, turnoverExcludingVat, days);

    /// <summary>
    /// One component of the BFR normatif, in days of CA HT = temps d'écoulement × coefficient de
    /// structure; e.g. clients: délai clients × CA TTC / CA HT.
    /// </summary>
    public static decimal NormativeComponentDays(decimal flowDays, decimal structureCoefficient) => flowDays * structureCoefficient;

    /// <summary>
    /// BFR normatif in days of CA HT = Σ emplois (stocks, clients, TVA déductible…) − Σ ressources
    /// (fournisseurs, TVA collectée, dettes sociales…), each already in days of CA HT.
    /// </summary>
    public static decimal NormativeNeedDays(IEnumerable<decimal> useDays, IEnumerable<decimal> resourceDays) =>
        useDays.Sum() - resourceDays.Sum();

    /// <summary>BFR normatif in euros = BFR normatif en jours × CA HT / jours.</summary>
    public static decimal NormativeNeed(decimal needDays, decimal turnoverExcludingVat, int days = DaysInYear) =>
        needDays * turnoverExcludingVat / days;

    private static decimal Days(decimal stock, decimal flow, int days) => flow == 0m ? 0m : stock * days / flow;
}
