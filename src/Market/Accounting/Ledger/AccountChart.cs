using System.Collections.Frozen;
using static NrcGame.Market.Accounting.AccountNumbers;

namespace NrcGame.Market.Accounting;

/// <summary>
/// The game's plan de comptes: a teachable subset of the PCG for a trading firm with a salesforce.
/// Only these accounts can be posted to.
/// </summary>
public static class AccountChart
{
    /// <summary>Every account of the chart, keyed by PCG number.</summary>
    public static IReadOnlyDictionary<string, Account> Accounts { get; } = new Account[]
    {
        new(Capital, "Capital", AccountCategory.Capital),
        new(Reserves, "Réserves", AccountCategory.Reserves),
        new(RetainedEarnings, "Report à nouveau", AccountCategory.RetainedEarnings),
        new(ResultOfTheYear, "Résultat de l'exercice", AccountCategory.ResultOfTheYear),
        new(BankLoans, "Emprunts auprès des établissements de crédit", AccountCategory.FinancialDebt),
        new(TangibleAssets, "Autres immobilisations corporelles", AccountCategory.FixedAssets),
        new(TangibleAssetsDepreciation, "Amortissements des autres immobilisations corporelles", AccountCategory.AccumulatedDepreciation),
        new(Inventory, "Stocks de marchandises", AccountCategory.Inventory),
        new(Suppliers, "Fournisseurs", AccountCategory.TradePayables),
        new(Customers, "Clients", AccountCategory.TradeReceivables),
        new(DoubtfulCustomers, "Clients douteux ou litigieux", AccountCategory.TradeReceivables),
        new(StaffPayable, "Personnel – rémunérations dues", AccountCategory.PersonnelAndSocialPayables),
        new(SocialSecurity, "Sécurité sociale", AccountCategory.PersonnelAndSocialPayables),
        new(IncomeTaxPayable, "État – impôt sur les bénéfices", AccountCategory.IncomeTaxPayable),
        new(VatDue, "TVA à décaisser", AccountCategory.VatPayable),
        new(VatDeductible, "TVA déductible", AccountCategory.VatReceivable),
        new(VatCredit, "Crédit de TVA à reporter", AccountCategory.VatReceivable),
        new(VatCollected, "TVA collectée", AccountCategory.VatPayable),
        new(ShareholderLoans, "Associés – comptes courants", AccountCategory.FinancialDebt),
        new(CustomerImpairment, "Dépréciations des comptes de clients", AccountCategory.ReceivableImpairment),
        new(Bank, "Banque", AccountCategory.Cash),
        new(BankOverdraft, "Concours bancaires courants", AccountCategory.BankOverdraft),
        new(InventoryChange, "Variation des stocks de marchandises", AccountCategory.CostOfGoodsSold),
        new(NonStockPurchases, "Achats non stockés de matières et fournitures", AccountCategory.ExternalCharges),
        new(PurchasesOfGoods, "Achats de marchandises", AccountCategory.CostOfGoodsSold),
        new(Rentals, "Locations", AccountCategory.ExternalCharges),
        new(Insurance, "Primes d'assurances", AccountCategory.ExternalCharges),
        new(MiscellaneousServices, "Divers (documentation, séminaires, formation)", AccountCategory.ExternalCharges),
        new(IntermediaryFees, "Rémunérations d'intermédiaires et honoraires", AccountCategory.ExternalCharges),
        new(Advertising, "Publicité, publications, relations publiques", AccountCategory.ExternalCharges),
        new(TravelExpenses, "Déplacements, missions et réceptions", AccountCategory.ExternalCharges),
        new(BankCharges, "Services bancaires et assimilés", AccountCategory.ExternalCharges),
        new(RecruitmentCosts, "Frais de recrutement de personnel", AccountCategory.ExternalCharges),
        new(OtherTaxes, "Autres impôts, taxes et versements assimilés", AccountCategory.TaxesAndDuties),
        new(Salaries, "Salaires, appointements", AccountCategory.PersonnelExpenses),
        new(Commissions, "Primes et gratifications", AccountCategory.PersonnelExpenses),
        new(Indemnities, "Indemnités et avantages divers", AccountCategory.PersonnelExpenses),
        new(SocialCharges, "Charges de sécurité sociale et de prévoyance", AccountCategory.PersonnelExpenses),
        new(BadDebtLosses, "Pertes sur créances irrécouvrables", AccountCategory.OtherOperatingExpenses),
        new(InterestExpenses, "Charges d'intérêts", AccountCategory.InterestExpenses),
        new(CashDiscountsGranted, "Escomptes accordés", AccountCategory.CashDiscountsGranted),
        new(ExceptionalExpenses, "Autres charges exceptionnelles", AccountCategory.ExceptionalExpenses),
        new(DepreciationExpense, "Dotations aux amortissements des immobilisations", AccountCategory.DepreciationAndProvisionExpenses),
        new(ImpairmentExpense, "Dotations aux dépréciations des actifs circulants", AccountCategory.DepreciationAndProvisionExpenses),
        new(IncomeTax, "Impôts sur les bénéfices", AccountCategory.IncomeTax),
        new(ServicesSold, "Prestations de services", AccountCategory.ServicesSold),
        new(SalesOfGoods, "Ventes de marchandises", AccountCategory.SalesOfGoods),
        new(SalesAllowances, "Rabais, remises et ristournes accordés sur ventes de marchandises", AccountCategory.SalesOfGoods),
        new(OperatingSubsidies, "Subventions d'exploitation", AccountCategory.OperatingSubsidies),
        new(CashDiscountsReceived, "Escomptes obtenus", AccountCategory.CashDiscountsReceived),
        new(ExceptionalIncome, "Autres produits exceptionnels", AccountCategory.ExceptionalIncome),
        new(ImpairmentReversal, "Reprises sur dépréciations des actifs circulants", AccountCategory.ProvisionReversals),
    }.ToFrozenDictionary(account => account.Number, StringComparer.Ordinal);

    /// <summary>True when the number is an account of the chart.</summary>
    public static bool Contains(string number) => Accounts.ContainsKey(number);

    /// <summary>The account with this number; throws <see cref="KeyNotFoundException"/> if it is not in the chart.</summary>
    public static Account Get(string number) =>
        Accounts.TryGetValue(number, out var account)
            ? account
            : throw new KeyNotFoundException($"Le compte {number} n'existe pas dans le plan de comptes du jeu.");

    /// <summary>Category of the account with this number.</summary>
    public static AccountCategory CategoryOf(string number) => Get(number).Category;
}
