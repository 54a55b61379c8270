using NrcGame.Market.Accounting.Formulas;
using static NrcGame.Market.Accounting.AccountNumbers;

namespace NrcGame.Market.Accounting;

/// <summary>
/// The journal entries a trading firm posts every quarter, written as taught in BTS courses.
/// Lines of zero are left out (an entry left with fewer than two lines is refused); amounts must
/// already be in cents except where stated.
/// </summary>
public static class StandardEntries
{
    /// <summary>
    /// Facture de vente: debit 411 Clients (net à payer TTC) and 665 Escomptes accordés, credit
    /// 707 Ventes de marchandises (net commercial) and 4457 TVA collectée.
    /// </summary>
    public static JournalEntry SalesInvoice(string label, Invoice invoice) => Create(label,
        JournalLine.Debiting(Customers, invoice.AmountDue),
        JournalLine.Debiting(CashDiscountsGranted, invoice.CashDiscount),
        JournalLine.Crediting(SalesOfGoods, invoice.NetCommercial),
        JournalLine.Crediting(VatCollected, invoice.Vat));

    /// <summary>
    /// Facture d'achat or de charge externe on credit: debit the charge account (607 by default) and
    /// 4456 TVA déductible (rounded to the cent), credit 401 Fournisseurs TTC.
    /// </summary>
    public static JournalEntry PurchaseInvoice(string label, decimal amountExcludingVat, decimal vatRate, string chargeAccount = PurchasesOfGoods)
    {
        var vat = Money.RoundToCents(PricingFormulas.Vat(amountExcludingVat, vatRate));
        return Create(label,
            JournalLine.Debiting(chargeAccount, amountExcludingVat),
            JournalLine.Debiting(VatDeductible, vat),
            JournalLine.Crediting(Suppliers, amountExcludingVat + vat));
    }

    /// <summary>
    /// Paie: debit 6411 salaires (fixe), 6413 primes et commissions, 645 charges patronales; credit
    /// 421 Personnel (gross pay, employee contributions left out for simplicity) and 431 Sécurité sociale.
    /// </summary>
    public static JournalEntry Payroll(string label, decimal fixedPay, decimal commissionsAndBonuses, decimal employerSocialCharges) => Create(label,
        JournalLine.Debiting(Salaries, fixedPay),
        JournalLine.Debiting(Commissions, commissionsAndBonuses),
        JournalLine.Debiting(SocialCharges, employerSocialCharges),
        JournalLine.Crediting(StaffPayable, fixedPay + commissionsAndBonuses),
        JournalLine.Crediting(SocialSecurity, employerSocialCharges));

    /// <summary>
    /// Variation des stocks (inventaire intermittent): the stock initial is cancelled (debit 6037,
    /// credit 37) and the stock final recorded (debit 37, credit 6037).
    /// </summary>
    public static JournalEntry InventoryChange(string label, decimal openingStock, decimal closingStock) => Create(label,
        JournalLine.Debiting(AccountNumbers.InventoryChange, openingStock, "Annulation du stock initial"),
        JournalLine.Crediting(Inventory, openingStock, "Annulation du stock initial"),
        JournalLine.Debiting(Inventory, closingStock, "Constatation du stock final"),
        JournalLine.Crediting(AccountNumbers.InventoryChange, closingStock, "Constatation du stock final"));

    /// <summary>
    /// Déclaration de TVA: empties 4457 TVA collectée against 4456 TVA déductible and the previous
    /// 44567 crédit de TVA; the difference goes to 44551 TVA à décaisser or to a new 44567 crédit.
    /// Null when there is nothing to declare.
    /// </summary>
    public static JournalEntry? VatReturn(string label, AccountBalances balances)
    {
        var collected = -balances.Of(VatCollected);
        var deductible = balances.Of(VatDeductible) + balances.Of(VatCredit);
        var due = FinancialFormulas.VatDue(collected, deductible);
        var lines = NonZero(
            Moving(VatCollected, collected),
            Moving(VatDeductible, -balances.Of(VatDeductible)),
            Moving(VatCredit, Math.Max(-due, 0m) - balances.Of(VatCredit)),
            Moving(VatDue, -Math.Max(due, 0m)));
        return lines.Count < 2 ? null : JournalEntry.Create(label, lines);
    }

    /// <summary>Créance douteuse: a doubtful receivable TTC moves from 411 Clients to 416 Clients douteux.</summary>
    public static JournalEntry DoubtfulReceivable(string label, decimal amountIncludingVat) => Create(label,
        JournalLine.Debiting(DoubtfulCustomers, amountIncludingVat),
        JournalLine.Crediting(Customers, amountIncludingVat));

    /// <summary>Dotation aux dépréciations des créances: debit 6817, credit 491 (on the HT amount at risk).</summary>
    public static JournalEntry ReceivableAllowance(string label, decimal amount) => Create(label,
        JournalLine.Debiting(ImpairmentExpense, amount),
        JournalLine.Crediting(CustomerImpairment, amount));

    /// <summary>Reprise sur dépréciation des créances: debit 491, credit 7817.</summary>
    public static JournalEntry ReceivableAllowanceReversal(string label, decimal amount) => Create(label,
        JournalLine.Debiting(CustomerImpairment, amount),
        JournalLine.Crediting(ImpairmentReversal, amount));

    /// <summary>
    /// Créance irrécouvrable: the HT part is a loss (654 Pertes sur créances irrécouvrables), the TVA
    /// is recovered (debit 4457), and 416 Clients douteux is credited TTC. Post the
    /// <see cref="ReceivableAllowanceReversal"/> of its dépréciation separately.
    /// </summary>
    public static JournalEntry BadDebtWriteOff(string label, decimal amountIncludingVat, decimal vatRate)
    {
        var amountExcludingVat = Money.RoundToCents(PricingFormulas.ExcludingVat(amountIncludingVat, vatRate));
        return Create(label,
            JournalLine.Debiting(BadDebtLosses, amountExcludingVat),
            JournalLine.Debiting(VatCollected, amountIncludingVat - amountExcludingVat),
            JournalLine.Crediting(DoubtfulCustomers, amountIncludingVat));
    }

    /// <summary>Dotation aux amortissements: debit 6811, credit 2818.</summary>
    public static JournalEntry Depreciation(string label, decimal amount) => Create(label,
        JournalLine.Debiting(DepreciationExpense, amount),
        JournalLine.Crediting(TangibleAssetsDepreciation, amount));

    /// <summary>Décaissement: debit the account settled (401, 421, 431, 44551, 444, 661…), credit 512 Banque.</summary>
    public static JournalEntry Payment(string label, string account, decimal amount) => Create(label,
        JournalLine.Debiting(account, amount),
        JournalLine.Crediting(Bank, amount));

    /// <summary>Encaissement: debit 512 Banque, credit the account settled (411, 164, 101…).</summary>
    public static JournalEntry Receipt(string label, string account, decimal amount) => Create(label,
        JournalLine.Debiting(Bank, amount),
        JournalLine.Crediting(account, amount));

    private static JournalEntry Create(string label, params JournalLine[] lines) => JournalEntry.Create(label, NonZero(lines));

    private static List<JournalLine> NonZero(params JournalLine[] lines) =>
        lines.Where(line => line.Debit != 0m || line.Credit != 0m).ToList();

    private static JournalLine Moving(string account, decimal debitMinusCredit) =>
        debitMinusCredit >= 0m ? JournalLine.Debiting(account, debitMinusCredit) : JournalLine.Crediting(account, -debitMinusCredit);
}
