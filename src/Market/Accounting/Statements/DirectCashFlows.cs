namespace NrcGame.Market.Accounting.Statements;

/// <summary>
/// Tableau de flux de trésorerie, méthode directe: every cash movement of the quarter classified by
/// the accounts it was posted against. Amounts are signed: positive for encaissements, negative for
/// décaissements, and TTC: the TVA of a cash sale or purchase follows its main counterpart line
/// (encaissements clients, décaissements fournisseurs); only payments of TVA alone to or from the
/// State are TVA flows. Transfers between 512 and 519 are not flows.
/// </summary>
public sealed record DirectCashFlows
{
    /// <summary>Encaissements clients, net of escomptes accordés (411, 416, 70, 665).</summary>
    public decimal CustomerReceipts { get; init; }

    /// <summary>Décaissements fournisseurs et charges externes, net of escomptes obtenus (401, 37, 60, 61, 62, 765).</summary>
    public decimal SupplierPayments { get; init; }

    /// <summary>Décaissements au personnel et aux organismes sociaux (421, 431, 64).</summary>
    public decimal PersonnelPayments { get; init; }

    /// <summary>TVA reversée à l'État or remboursée (445, in entries with no other counterpart).</summary>
    public decimal VatPayments { get; init; }

    /// <summary>Impôts et taxes, IS (444, 63, 695).</summary>
    public decimal TaxPayments { get; init; }

    /// <summary>Intérêts payés (661).</summary>
    public decimal InterestPayments { get; init; }

    /// <summary>Autres flux d'exploitation: subventions, charges et produits exceptionnels, autres charges (74, 65, 67, 77).</summary>
    public decimal OtherOperatingFlows { get; init; }

    /// <summary>Flux net de trésorerie lié à l'activité.</summary>
    public decimal OperatingCashFlow => CustomerReceipts + SupplierPayments + PersonnelPayments + VatPayments + TaxPayments + InterestPayments + OtherOperatingFlows;

    /// <summary>Flux net de trésorerie lié aux opérations d'investissement: acquisitions d'immobilisations (218).</summary>
    public decimal InvestingCashFlow { get; init; }

    /// <summary>Emprunts reçus − remboursements, comptes courants d'associés (164, 455).</summary>
    public decimal LoanFlows { get; init; }

    /// <summary>Augmentations de capital en numéraire (101).</summary>
    public decimal CapitalContributions { get; init; }

    /// <summary>Dividendes versés (106, 110, 120), negative.</summary>
    public decimal DividendsPaid { get; init; }

    /// <summary>Flux net de trésorerie lié aux opérations de financement.</summary>
    public decimal FinancingCashFlow => LoanFlows + CapitalContributions + DividendsPaid;

    /// <summary>Variation de trésorerie = activité + investissement + financement.</summary>
    public decimal NetCashChange => OperatingCashFlow + InvestingCashFlow + FinancingCashFlow;

    /// <summary>Classifies the cash movements of the ledger's entries.</summary>
    public static DirectCashFlows From(Ledger ledger)
    {
        var flows = new decimal[CategoryTotals.CategoryCount];
        var entries = ledger.Entries;
        for (var e = 0; e < entries.Count; e++)
        {
            var entry = entries[e];
            if (CashCounterpart(entry) is not { } vatCarrier)
            {
                continue;
            }

            for (var index = 0; index < entry.Lines.Count; index++)
            {
                var line = entry.Lines[index];
                var category = AccountChart.CategoryOf(line.Account);
                if (!category.IsCash())
                {
                    flows[(int)(IsVat(category) ? vatCarrier : category)] -= line.DebitMinusCredit;
                }
            }
        }

        decimal Flow(params ReadOnlySpan<AccountCategory> categories)
        {
            var sum = 0m;
            foreach (var category in categories)
            {
                sum += flows[(int)category];
            }

            return sum;
        }

        return new DirectCashFlows
        {
            CustomerReceipts = Flow(AccountCategory.TradeReceivables, AccountCategory.SalesOfGoods, AccountCategory.ServicesSold, AccountCategory.CashDiscountsGranted),
            SupplierPayments = Flow(AccountCategory.TradePayables, AccountCategory.Inventory, AccountCategory.CostOfGoodsSold, AccountCategory.ExternalCharges, AccountCategory.CashDiscountsReceived),
            PersonnelPayments = Flow(AccountCategory.PersonnelAndSocialPayables, AccountCategory.PersonnelExpenses),
            VatPayments = Flow(AccountCategory.VatReceivable, AccountCategory.VatPayable),
            TaxPayments = Flow(AccountCategory.IncomeTaxPayable, AccountCategory.TaxesAndDuties, AccountCategory.IncomeTax),
            InterestPayments = Flow(AccountCategory.InterestExpenses),
            OtherOperatingFlows = Flow(AccountCategory.OperatingSubsidies, AccountCategory.OtherOperatingExpenses, AccountCategory.ExceptionalExpenses, AccountCategory.ExceptionalIncome),
            InvestingCashFlow = Flow(AccountCategory.FixedAssets),
            LoanFlows = Flow(AccountCategory.FinancialDebt),
            CapitalContributions = Flow(AccountCategory.Capital),
            DividendsPaid = Flow(AccountCategory.Reserves, AccountCategory.RetainedEarnings, AccountCategory.ResultOfTheYear),
        };
    }

    /// <summary>
    /// For an entry that moves cash, the category its TVA lines are classified in: that of its largest
    /// line that is neither cash nor TVA, or TVA itself when the entry pays TVA alone; null when the
    /// entry does not move cash.
    /// </summary>
    private static AccountCategory? CashCounterpart(JournalEntry entry)
    {
        var movesCash = false;
        var carrier = AccountCategory.VatPayable;
        var carrierAmount = -1m;
        for (var index = 0; index < entry.Lines.Count; index++)
        {
            var line = entry.Lines[index];
            var category = AccountChart.CategoryOf(line.Account);
            movesCash |= category.IsCash();
            if (!category.IsCash() && !IsVat(category) && Math.Abs(line.DebitMinusCredit) > carrierAmount)
            {
                carrier = category;
                carrierAmount = Math.Abs(line.DebitMinusCredit);
            }
        }

        return movesCash ? carrier : null;
    }

    private static bool IsVat(AccountCategory category) =>
        category is AccountCategory.VatReceivable or AccountCategory.VatPayable;
}
