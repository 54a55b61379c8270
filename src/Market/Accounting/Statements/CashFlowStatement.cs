namespace NrcGame.Market.Accounting.Statements;

/// <summary>
/// Tableau des flux de trésorerie of the quarter by both methods, with the trésorerie nette
/// (512 − 519) at the opening and at the end. Both methods equal the variation of trésorerie exactly.
/// </summary>
public sealed record CashFlowStatement
{
    /// <summary>Trésorerie nette at the opening of the quarter.</summary>
    public decimal OpeningNetCash { get; init; }

    /// <summary>Trésorerie nette at the end of the quarter.</summary>
    public decimal ClosingNetCash { get; init; }

    /// <summary>Variation de trésorerie = clôture − ouverture.</summary>
    public decimal NetCashChange => ClosingNetCash - OpeningNetCash;

    /// <summary>Méthode directe.</summary>
    public required DirectCashFlows Direct { get; init; }

    /// <summary>Méthode indirecte.</summary>
    public required IndirectCashFlows Indirect { get; init; }

    /// <summary>The tableau de flux of the quarter posted in the ledger.</summary>
    public static CashFlowStatement From(Ledger ledger)
    {
        var current = ledger.CurrentBalances.Totals();
        return From(ledger, ledger.Opening.Totals(), current, IncomeStatement.From(current));
    }

    /// <summary>The tableau de flux from category totals and a compte de résultat computed once for several statements.</summary>
    internal static CashFlowStatement From(Ledger ledger, CategoryTotals opening, CategoryTotals current, IncomeStatement income) => new()
    {
        OpeningNetCash = NetCash(opening),
        ClosingNetCash = NetCash(current),
        Direct = DirectCashFlows.From(ledger),
        Indirect = IndirectCashFlows.From(opening, current, income),
    };

    private static decimal NetCash(CategoryTotals totals) =>
        totals.Debit(AccountCategory.Cash, AccountCategory.BankOverdraft);
}
