using NrcGame.Market.Accounting.Formulas;

namespace NrcGame.Market.Accounting.Statements;

/// <summary>
/// Bilan fonctionnel: fonds de roulement net global (FRNG), besoin en fonds de roulement (BFR) and
/// trésorerie nette, at gross values (amortissements and dépréciations are ressources stables).
/// Trésorerie nette = FRNG − BFR holds exactly.
/// </summary>
public sealed record WorkingCapital
{
    /// <summary>Ressources stables: capitaux propres (with the unclosed result), amortissements et dépréciations, dettes financières.</summary>
    public decimal StableResources { get; init; }

    /// <summary>Emplois stables: immobilisations brutes.</summary>
    public decimal StableAssets { get; init; }

    /// <summary>Fonds de roulement net global (FRNG) = ressources stables − emplois stables.</summary>
    public decimal NetWorkingCapital => StableResources - StableAssets;

    /// <summary>Stocks (37).</summary>
    public decimal Inventory { get; init; }

    /// <summary>Créances clients brutes, TTC (411, 416).</summary>
    public decimal TradeReceivables { get; init; }

    /// <summary>TVA à récupérer (4456, 44567).</summary>
    public decimal VatReceivable { get; init; }

    /// <summary>Dettes fournisseurs, TTC (401).</summary>
    public decimal TradePayables { get; init; }

    /// <summary>Dettes fiscales et sociales d'exploitation: personnel, organismes sociaux, TVA due (421, 431, 4457, 44551).</summary>
    public decimal OperatingTaxAndSocialPayables { get; init; }

    /// <summary>Dettes hors exploitation: IS à payer (444).</summary>
    public decimal NonOperatingPayables { get; init; }

    /// <summary>BFR d'exploitation (BFRE) = stocks + créances clients + TVA à récupérer − fournisseurs − dettes fiscales et sociales d'exploitation.</summary>
    public decimal OperatingNeed => Inventory + TradeReceivables + VatReceivable - TradePayables - OperatingTaxAndSocialPayables;

    /// <summary>BFR hors exploitation (BFRHE) = − dettes hors exploitation.</summary>
    public decimal NonOperatingNeed => -NonOperatingPayables;

    /// <summary>Besoin en fonds de roulement (BFR) = BFRE + BFRHE.</summary>
    public decimal Need => OperatingNeed + NonOperatingNeed;

    /// <summary>Trésorerie nette = disponibilités − concours bancaires = FRNG − BFR.</summary>
    public decimal NetCash => NetWorkingCapital - Need;

    /// <summary>BFR in days of CA HT of the period: BFR / CA HT × days (90 for a quarter; see <see cref="RotationRatios.InDaysOfSales"/>).</summary>
    public decimal NeedInDaysOfSales(decimal turnoverExcludingVat, int daysInPeriod = RotationRatios.DaysInQuarter) =>
        RotationRatios.InDaysOfSales(Need, turnoverExcludingVat, daysInPeriod);

    /// <summary>The bilan fonctionnel at the current state of the ledger.</summary>
    public static WorkingCapital From(Ledger ledger) => From(ledger.CurrentBalances);

    /// <summary>The bilan fonctionnel of any balances (e.g. the opening balances of the quarter).</summary>
    public static WorkingCapital From(AccountBalances balances) => From(balances.Totals());

    /// <summary>The bilan fonctionnel of category totals computed once for several statements.</summary>
    internal static WorkingCapital From(CategoryTotals totals)
    {
        return new WorkingCapital
        {
            StableResources = totals.Credit(
                AccountCategory.Capital, AccountCategory.Reserves, AccountCategory.RetainedEarnings, AccountCategory.ResultOfTheYear,
                AccountCategory.AccumulatedDepreciation, AccountCategory.ReceivableImpairment, AccountCategory.FinancialDebt)
                + totals.UnclosedResult,
            StableAssets = totals.Debit(AccountCategory.FixedAssets),
            Inventory = totals.Debit(AccountCategory.Inventory),
            TradeReceivables = totals.Debit(AccountCategory.TradeReceivables),
            VatReceivable = totals.Debit(AccountCategory.VatReceivable),
            TradePayables = totals.Credit(AccountCategory.TradePayables),
            OperatingTaxAndSocialPayables = totals.Credit(AccountCategory.PersonnelAndSocialPayables, AccountCategory.VatPayable),
            NonOperatingPayables = totals.Credit(AccountCategory.IncomeTaxPayable),
        };
    }
}
