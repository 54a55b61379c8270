namespace NrcGame.Market.Accounting;

/// <summary>PCG numbers of the accounts of the game's chart (see <see cref="AccountChart"/>).</summary>
public static class AccountNumbers
{
    /// <summary>101 Capital.</summary>
    public const string Capital = "101";

    /// <summary>106 Réserves.</summary>
    public const string Reserves = "106";

    /// <summary>110 Report à nouveau (solde créditeur or débiteur).</summary>
    public const string RetainedEarnings = "110";

    /// <summary>120 Résultat de l'exercice (bénéfice or perte).</summary>
    public const string ResultOfTheYear = "120";

    /// <summary>164 Emprunts auprès des établissements de crédit.</summary>
    public const string BankLoans = "164";

    /// <summary>218 Autres immobilisations corporelles.</summary>
    public const string TangibleAssets = "218";

    /// <summary>2818 Amortissements des autres immobilisations corporelles.</summary>
    public const string TangibleAssetsDepreciation = "2818";

    /// <summary>37 Stocks de marchandises.</summary>
    public const string Inventory = "37";

    /// <summary>401 Fournisseurs.</summary>
    public const string Suppliers = "401";

    /// <summary>411 Clients.</summary>
    public const string Customers = "411";

    /// <summary>416 Clients douteux ou litigieux.</summary>
    public const string DoubtfulCustomers = "416";

    /// <summary>421 Personnel – rémunérations dues.</summary>
    public const string StaffPayable = "421";

    /// <summary>431 Sécurité sociale.</summary>
    public const string SocialSecurity = "431";

    /// <summary>444 État – impôt sur les bénéfices.</summary>
    public const string IncomeTaxPayable = "444";

    /// <summary>44551 TVA à décaisser.</summary>
    public const string VatDue = "44551";

    /// <summary>4456 TVA déductible.</summary>
    public const string VatDeductible = "4456";

    /// <summary>44567 Crédit de TVA à reporter.</summary>
    public const string VatCredit = "44567";

    /// <summary>4457 TVA collectée.</summary>
    public const string VatCollected = "4457";

    /// <summary>455 Associés – comptes courants.</summary>
    public const string ShareholderLoans = "455";

    /// <summary>491 Dépréciations des comptes de clients.</summary>
    public const string CustomerImpairment = "491";

    /// <summary>512 Banque.</summary>
    public const string Bank = "512";

    /// <summary>519 Concours bancaires courants (découvert).</summary>
    public const string BankOverdraft = "519";

    /// <summary>6037 Variation des stocks de marchandises.</summary>
    public const string InventoryChange = "6037";

    /// <summary>606 Achats non stockés de matières et fournitures.</summary>
    public const string NonStockPurchases = "606";

    /// <summary>607 Achats de marchandises.</summary>
    public const string PurchasesOfGoods = "607";

    /// <summary>613 Locations.</summary>
    public const string Rentals = "613";

    /// <summary>616 Primes d'assurances (e.g. assurance-crédit).</summary>
    public const string Insurance = "616";

    /// <summary>618 Divers (documentation, séminaires, formation achetée).</summary>
    public const string MiscellaneousServices = "618";

    /// <summary>622 Rémunérations d'intermédiaires et honoraires (commissions des agents commerciaux).</summary>
    public const string IntermediaryFees = "622";

    /// <summary>623 Publicité, publications, relations publiques (médias, PLV, coopération commerciale…).</summary>
    public const string Advertising = "623";

    /// <summary>625 Déplacements, missions et réceptions.</summary>
    public const string TravelExpenses = "625";

    /// <summary>627 Services bancaires et assimilés.</summary>
    public const string BankCharges = "627";

    /// <summary>6284 Frais de recrutement de personnel.</summary>
    public const string RecruitmentCosts = "6284";

    /// <summary>635 Autres impôts, taxes et versements assimilés.</summary>
    public const string OtherTaxes = "635";

    /// <summary>6411 Salaires, appointements.</summary>
    public const string Salaries = "6411";

    /// <summary>6413 Primes et gratifications (commissions et primes des commerciaux salariés).</summary>
    public const string Commissions = "6413";

    /// <summary>6414 Indemnités et avantages divers (indemnités de licenciement).</summary>
    public const string Indemnities = "6414";

    /// <summary>645 Charges de sécurité sociale et de prévoyance.</summary>
    public const string SocialCharges = "645";

    /// <summary>654 Pertes sur créances irrécouvrables.</summary>
    public const string BadDebtLosses = "654";

    /// <summary>661 Charges d'intérêts.</summary>
    public const string InterestExpenses = "661";

    /// <summary>665 Escomptes accordés.</summary>
    public const string CashDiscountsGranted = "665";

    /// <summary>678 Autres charges exceptionnelles.</summary>
    public const string ExceptionalExpenses = "678";

    /// <summary>6811 Dotations aux amortissements des immobilisations.</summary>
    public const string DepreciationExpense = "6811";

    /// <summary>6817 Dotations aux dépréciations des actifs circulants.</summary>
    public const string ImpairmentExpense = "6817";

    /// <summary>695 Impôts sur les bénéfices.</summary>
    public const string IncomeTax = "695";

    /// <summary>706 Prestations de services.</summary>
    public const string ServicesSold = "706";

    /// <summary>707 Ventes de marchandises.</summary>
    public const string SalesOfGoods = "707";

    /// <summary>7097 Rabais, remises et ristournes accordés sur ventes de marchandises.</summary>
    public const string SalesAllowances = "7097";

    /// <summary>74 Subventions d'exploitation.</summary>
    public const string OperatingSubsidies = "74";

    /// <summary>765 Escomptes obtenus.</summary>
    public const string CashDiscountsReceived = "765";

    /// <summary>778 Autres produits exceptionnels.</summary>
    public const string ExceptionalIncome = "778";

    /// <summary>7817 Reprises sur dépréciations des actifs circulants.</summary>
    public const string ImpairmentReversal = "7817";
}
