namespace NrcGame.Market.Accounting.Statements;

/// <summary>
/// Bilan simplifié (bilan comptable, net values) derived only from the ledger. The result of the
/// current quarter is included in equity even before closing, so actif = passif at any time.
/// </summary>
public sealed record BalanceSheet
{
    /// <summary>Actif immobilisé net: immobilisations brutes − amortissements (218 − 2818).</summary>
    public decimal FixedAssets { get; init; }

    /// <summary>Stocks de marchandises (37).</summary>
    public decimal Inventory { get; init; }

    /// <summary>Créances clients nettes, TTC: clients + clients douteux − dépréciations (411 + 416 − 491).</summary>
    public decimal TradeReceivables { get; init; }

    /// <summary>État – TVA à récupérer: TVA déductible and crédit de TVA (4456, 44567).</summary>
    public decimal VatReceivable { get; init; }

    /// <summary>Disponibilités (512).</summary>
    public decimal Cash { get; init; }

    /// <summary>Total actif.</summary>
    public decimal TotalAssets => FixedAssets + Inventory + TradeReceivables + VatReceivable + Cash;

    /// <summary>Capital (101).</summary>
    public decimal Capital { get; init; }

    /// <summary>Réserves and report à nouveau (106, 110).</summary>
    public decimal ReservesAndRetainedEarnings { get; init; }

    /// <summary>Résultat de l'exercice to date: 120 plus the unclosed result of the quarter.</summary>
    public decimal ResultOfTheYear { get; init; }

    /// <summary>Capitaux propres = capital + réserves et report à nouveau + résultat.</summary>
    public decimal Equity => Capital + ReservesAndRetainedEarnings + ResultOfTheYear;

    /// <summary>Dettes financières: emprunts and comptes courants d'associés (164, 455).</summary>
    public decimal FinancialDebt { get; init; }

    /// <summary>Concours bancaires courants, the overdraft (519).</summary>
    public decimal BankOverdraft { get; init; }

    /// <summary>Dettes fournisseurs, TTC (401).</summary>
    public decimal TradePayables { get; init; }

    /// <summary>Dettes fiscales et sociales: personnel, sécurité sociale, TVA due, IS à payer (421, 431, 4457, 44551, 444).</summary>
    public decimal TaxAndSocialPayables { get; init; }

    /// <summary>Total passif.</summary>
    public decimal TotalLiabilities => Equity + FinancialDebt + BankOverdraft + TradePayables + TaxAndSocialPayables;

    /// <summary>The bilan at the current state of the ledger.</summary>
    public static BalanceSheet From(Ledger ledger) => From(ledger.CurrentBalances);

    /// <summary>The bilan of any balances (opening balances, or balances with an unclosed result).</summary>
    public static BalanceSheet From(AccountBalances balances) => From(balances.Totals());

    /// <summary>The bilan of category totals computed once for several statements.</summary>
    internal static BalanceSheet From(CategoryTotals totals)
    {
        decimal Asset(params ReadOnlySpan<AccountCategory> categories) => totals.Debit(categories);
        decimal Liability(params ReadOnlySpan<AccountCategory> categories) => totals.Credit(categories);
        return new BalanceSheet
        {
            FixedAssets = Asset(AccountCategory.FixedAssets, AccountCategory.AccumulatedDepreciation),
            Inventory = Asset(AccountCategory.Inventory),
            TradeReceivables = Asset(AccountCategory.TradeReceivables, AccountCategory.ReceivableImpairment),
            VatReceivable = Asset(AccountCategory.VatReceivable),
            Cash = Asset(AccountCategory.Cash),
            Capital = Liability(AccountCategory.Capital),
            ReservesAndRetainedEarnings = Liability(AccountCategory.Reserves, AccountCategory.RetainedEarnings),
            ResultOfTheYear = Liability(AccountCategory.ResultOfTheYear) + totals.UnclosedResult,
            FinancialDebt = Liability(AccountCategory.FinancialDebt),
            BankOverdraft = Liability(AccountCategory.BankOverdraft),
            TradePayables = Liability(AccountCategory.TradePayables),
            TaxAndSocialPayables = Liability(
                AccountCategory.PersonnelAndSocialPayables, AccountCategory.VatPayable, AccountCategory.IncomeTaxPayable),
        };
    }
}
