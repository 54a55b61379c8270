namespace NrcGame.Market.Accounting;

/// <summary>Classes of the PCG grouped as the statements need them.</summary>
public static class AccountCategoryExtensions
{
    /// <summary>
    /// True for the comptes de gestion (classes 6 and 7), which are emptied into the result at
    /// closing; false for the comptes de bilan (classes 1 to 5), which carry over to the next quarter.
    /// </summary>
    public static bool IsIncomeStatement(this AccountCategory category) => category >= AccountCategory.SalesOfGoods;

    /// <summary>True for cash accounts: banque (512) and concours bancaires (519).</summary>
    public static bool IsCash(this AccountCategory category) =>
        category is AccountCategory.Cash or AccountCategory.BankOverdraft;
}
