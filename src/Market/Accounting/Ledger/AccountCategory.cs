using System.Text.Json.Serialization;

namespace NrcGame.Market.Accounting;

/// <summary>
/// Where an account goes in the statements. Every account of the chart has exactly one category,
/// and every statement (bilan, compte de résultat, BFR, tableau de flux) is a grouping of categories,
/// which is why the statements balance by construction. Balance-sheet categories come first, then
/// the income-statement ones from <see cref="SalesOfGoods"/> on (<see cref="AccountCategoryExtensions.IsIncomeStatement"/> relies on this order).
/// </summary>
[JsonConverter(typeof(JsonStringEnumConverter<AccountCategory>))]
public enum AccountCategory
{
    /// <summary>Capital social (101).</summary>
    Capital,

    /// <summary>Réserves (106).</summary>
    Reserves,

    /// <summary>Report à nouveau (110), profits or losses of past years left in equity.</summary>
    RetainedEarnings,

    /// <summary>Résultat de l'exercice (120), year-to-date result closed quarter after quarter.</summary>
    ResultOfTheYear,

    /// <summary>Dettes financières: emprunts (164), comptes courants d'associés (455).</summary>
    FinancialDebt,

    /// <summary>Immobilisations corporelles at gross value (218).</summary>
    FixedAssets,

    /// <summary>Amortissements des immobilisations (2818), a contra-asset.</summary>
    AccumulatedDepreciation,

    /// <summary>Stocks de marchandises (37).</summary>
    Inventory,

    /// <summary>Créances clients, TTC (411, 416).</summary>
    TradeReceivables,

    /// <summary>Dépréciation des comptes clients (491), a contra-asset.</summary>
    ReceivableImpairment,

    /// <summary>Dettes fournisseurs, TTC (401).</summary>
    TradePayables,

    /// <summary>Dettes sociales: personnel (421), organismes sociaux (431).</summary>
    PersonnelAndSocialPayables,

    /// <summary>État – impôt sur les bénéfices à payer (444).</summary>
    IncomeTaxPayable,

    /// <summary>TVA déductible and crédit de TVA (4456, 44567): a claim on the State.</summary>
    VatReceivable,

    /// <summary>TVA collectée and TVA à décaisser (4457, 44551): a debt to the State.</summary>
    VatPayable,

    /// <summary>Banque (512).</summary>
    Cash,

    /// <summary>Concours bancaires courants, i.e. the overdraft (519).</summary>
    BankOverdraft,

    /// <summary>Ventes de marchandises net of RRR accordés (707, 7097).</summary>
    SalesOfGoods,

    /// <summary>Production vendue: prestations de services (706).</summary>
    ServicesSold,

    /// <summary>Subventions d'exploitation (74).</summary>
    OperatingSubsidies,

    /// <summary>Achats de marchandises and variation des stocks de marchandises (607, 6037).</summary>
    CostOfGoodsSold,

    /// <summary>Consommations en provenance des tiers: autres achats et charges externes (606, 61, 62).</summary>
    ExternalCharges,

    /// <summary>Impôts, taxes et versements assimilés (63).</summary>
    TaxesAndDuties,

    /// <summary>Charges de personnel: salaires, commissions, indemnités, charges sociales (64).</summary>
    PersonnelExpenses,

    /// <summary>Autres charges de gestion courante, e.g. pertes sur créances irrécouvrables (654).</summary>
    OtherOperatingExpenses,

    /// <summary>Dotations aux amortissements et dépréciations d'exploitation (681).</summary>
    DepreciationAndProvisionExpenses,

    /// <summary>Reprises sur dépréciations d'exploitation (781).</summary>
    ProvisionReversals,

    /// <summary>Charges d'intérêts (661).</summary>
    InterestExpenses,

    /// <summary>Escomptes accordés (665), a financial charge.</summary>
    CashDiscountsGranted,

    /// <summary>Escomptes obtenus (765), a financial product.</summary>
    CashDiscountsReceived,

    /// <summary>Charges exceptionnelles (67).</summary>
    ExceptionalExpenses,

    /// <summary>Produits exceptionnels (77).</summary>
    ExceptionalIncome,

    /// <summary>Impôt sur les bénéfices (695).</summary>
    IncomeTax,
}
