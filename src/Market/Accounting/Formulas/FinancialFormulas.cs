namespace NrcGame.Market.Accounting.Formulas;

/// <summary>TVA, valeur ajoutée, EBE, CAF and IS as taught (market-model.md §7.4).</summary>
public static class FinancialFormulas
{
    /// <summary>
    /// TVA à décaisser = TVA collectée − TVA déductible; a negative result is a crédit de TVA.
    /// </summary>
    public static decimal VatDue(decimal vatCollected, decimal vatDeductible) => vatCollected - vatDeductible;

    /// <summary>Valeur ajoutée (commerce) = marge commerciale + production − consommations en provenance des tiers.</summary>
    public static decimal ValueAdded(decimal commercialMargin, decimal production, decimal externalCharges) =>
        commercialMargin + production - externalCharges;

    /// <summary>
    /// Excédent brut d'exploitation (EBE) = VA + subventions d'exploitation − impôts et taxes − charges de personnel.
    /// </summary>
    public static decimal GrossOperatingProfit(decimal valueAdded, decimal operatingSubsidies, decimal taxesAndDuties, decimal personnelExpenses) =>
        valueAdded + operatingSubsidies - taxesAndDuties - personnelExpenses;

    /// <summary>
    /// CAF, méthode additive = résultat net + dotations aux amortissements, dépréciations et provisions
    /// − reprises − produits de cession d'éléments d'actif + valeur comptable des éléments cédés
    /// − quote-part des subventions d'investissement virée au résultat.
    /// </summary>
    public static decimal SelfFinancingCapacityAdditive(
        decimal netResult,
        decimal allowances,
        decimal reversals,
        decimal disposalProceeds = 0m,
        decimal bookValueOfDisposedAssets = 0m,
        decimal investmentSubsidiesReleased = 0m) =>
        netResult + allowances - reversals - disposalProceeds + bookValueOfDisposedAssets - investmentSubsidiesReleased;

    /// <summary>
    /// CAF, méthode soustractive = EBE + autres produits − autres charges ± résultat financier encaissable
    /// ± résultat exceptionnel encaissable − participation − IS.
    /// </summary>
    public static decimal SelfFinancingCapacitySubtractive(
        decimal grossOperatingProfit,
        decimal otherOperatingIncome,
        decimal otherOperatingExpenses,
        decimal cashFinancialResult,
        decimal cashExceptionalResult,
        decimal incomeTax,
        decimal employeeProfitSharing = 0m) =>
        grossOperatingProfit + otherOperatingIncome - otherOperatingExpenses + cashFinancialResult + cashExceptionalResult
        - employeeProfitSharing - incomeTax;

    /// <summary>Autofinancement = CAF − dividendes.</summary>
    public static decimal SelfFinancing(decimal selfFinancingCapacity, decimal dividends) => selfFinancingCapacity - dividends;

    /// <summary>
    /// Impôt sur les sociétés (IS): the reduced rate on the profit up to the SME band, the standard rate
    /// beyond (15 % up to 42 500 €, 25 % beyond, for a year); 0 on a loss. Rates change with finance laws.
    /// </summary>
    public static decimal CorporateIncomeTax(decimal taxableProfit, decimal reducedRateBand, decimal reducedRate, decimal standardRate)
    {
        if (taxableProfit <= 0m)
        {
            return 0m;
        }

        var reducedBase = Math.Min(taxableProfit, Math.Max(reducedRateBand, 0m));
        return reducedBase * reducedRate + (taxableProfit - reducedBase) * standardRate;
    }
}
