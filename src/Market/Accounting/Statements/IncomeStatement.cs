namespace NrcGame.Market.Accounting.Statements;

/// <summary>
/// Compte de résultat of the quarter presented as soldes intermédiaires de gestion (SIG), derived
/// only from the ledger. Produits and charges are positive amounts; soldes are signed.
/// </summary>
public sealed record IncomeStatement
{
    /// <summary>Ventes de marchandises, net of rabais, remises et ristournes accordés (707 − 7097).</summary>
    public decimal SalesOfGoods { get; init; }

    /// <summary>Coût d'achat des marchandises vendues: achats ± variation de stock (607 + 6037).</summary>
    public decimal CostOfGoodsSold { get; init; }

    /// <summary>Marge commerciale = ventes de marchandises − coût d'achat des marchandises vendues.</summary>
    public decimal CommercialMargin => SalesOfGoods - CostOfGoodsSold;

    /// <summary>Production de l'exercice: production vendue, here prestations de services (706).</summary>
    public decimal Production { get; init; }

    /// <summary>Chiffre d'affaires HT = ventes de marchandises + production vendue.</summary>
    public decimal Turnover => SalesOfGoods + Production;

    /// <summary>Consommations de l'exercice en provenance des tiers (606, 61, 62).</summary>
    public decimal ExternalCharges { get; init; }

    /// <summary>Valeur ajoutée = marge commerciale + production − consommations en provenance des tiers.</summary>
    public decimal ValueAdded => CommercialMargin + Production - ExternalCharges;

    /// <summary>Subventions d'exploitation (74).</summary>
    public decimal OperatingSubsidies { get; init; }

    /// <summary>Impôts, taxes et versements assimilés (63).</summary>
    public decimal TaxesAndDuties { get; init; }

    /// <summary>Charges de personnel: salaires, commissions, indemnités et charges sociales (64).</summary>
    public decimal PersonnelExpenses { get; init; }

    /// <summary>Excédent brut d'exploitation (EBE) = VA + subventions − impôts et taxes − charges de personnel.</summary>
    public decimal GrossOperatingProfit => ValueAdded + OperatingSubsidies - TaxesAndDuties - PersonnelExpenses;

    /// <summary>Reprises sur dépréciations d'exploitation (781).</summary>
    public decimal ProvisionReversals { get; init; }

    /// <summary>Dotations aux amortissements et dépréciations d'exploitation (681).</summary>
    public decimal DepreciationAndProvisionExpenses { get; init; }

    /// <summary>Autres charges de gestion courante, e.g. pertes sur créances irrécouvrables (65).</summary>
    public decimal OtherOperatingExpenses { get; init; }

    /// <summary>Résultat d'exploitation = EBE + reprises − dotations − autres charges.</summary>
    public decimal OperatingResult => GrossOperatingProfit + ProvisionReversals - DepreciationAndProvisionExpenses - OtherOperatingExpenses;

    /// <summary>Produits financiers: escomptes obtenus (765).</summary>
    public decimal FinancialIncome { get; init; }

    /// <summary>Charges financières: intérêts (661) and escomptes accordés (665).</summary>
    public decimal FinancialExpenses { get; init; }

    /// <summary>Résultat financier = produits financiers − charges financières.</summary>
    public decimal FinancialResult => FinancialIncome - FinancialExpenses;

    /// <summary>Résultat courant avant impôts (RCAI) = résultat d'exploitation + résultat financier.</summary>
    public decimal CurrentResultBeforeTax => OperatingResult + FinancialResult;

    /// <summary>Produits exceptionnels (77).</summary>
    public decimal ExceptionalIncome { get; init; }

    /// <summary>Charges exceptionnelles (67).</summary>
    public decimal ExceptionalExpenses { get; init; }

    /// <summary>Résultat exceptionnel = produits exceptionnels − charges exceptionnelles.</summary>
    public decimal ExceptionalResult => ExceptionalIncome - ExceptionalExpenses;

    /// <summary>Impôt sur les bénéfices (695).</summary>
    public decimal IncomeTax { get; init; }

    /// <summary>Résultat net = RCAI + résultat exceptionnel − IS; equals the ledger's produits − charges.</summary>
    public decimal NetResult => CurrentResultBeforeTax + ExceptionalResult - IncomeTax;

    /// <summary>The compte de résultat of the quarter posted in the ledger.</summary>
    public static IncomeStatement From(Ledger ledger) => From(ledger.CurrentBalances);

    /// <summary>The compte de résultat of unclosed class 6 and 7 balances.</summary>
    public static IncomeStatement From(AccountBalances balances) => From(balances.Totals());

    /// <summary>The compte de résultat of category totals computed once for several statements.</summary>
    internal static IncomeStatement From(CategoryTotals totals)
    {
        decimal Charge(AccountCategory category) => totals.Debit(category);
        decimal Product(AccountCategory category) => totals.Credit(category);
        return new IncomeStatement
        {
            SalesOfGoods = Product(AccountCategory.SalesOfGoods),
            CostOfGoodsSold = Charge(AccountCategory.CostOfGoodsSold),
            Production = Product(AccountCategory.ServicesSold),
            ExternalCharges = Charge(AccountCategory.ExternalCharges),
            OperatingSubsidies = Product(AccountCategory.OperatingSubsidies),
            TaxesAndDuties = Charge(AccountCategory.TaxesAndDuties),
            PersonnelExpenses = Charge(AccountCategory.PersonnelExpenses),
            ProvisionReversals = Product(AccountCategory.ProvisionReversals),
            DepreciationAndProvisionExpenses = Charge(AccountCategory.DepreciationAndProvisionExpenses),
            OtherOperatingExpenses = Charge(AccountCategory.OtherOperatingExpenses),
            FinancialIncome = Product(AccountCategory.CashDiscountsReceived),
            FinancialExpenses = Charge(AccountCategory.InterestExpenses) + Charge(AccountCategory.CashDiscountsGranted),
            ExceptionalIncome = Product(AccountCategory.ExceptionalIncome),
            ExceptionalExpenses = Charge(AccountCategory.ExceptionalExpenses),
            IncomeTax = Charge(AccountCategory.IncomeTax),
        };
    }
}
