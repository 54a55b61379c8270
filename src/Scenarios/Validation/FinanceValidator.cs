using NrcGame.Market;

namespace NrcGame.Scenarios;

/// <summary>Checks the accounting, tax, credit and cash parameters (market-model.md §6, §7.4, §8.4) and the legal payment terms.</summary>
internal static class FinanceValidator
{
    private static readonly NumericRange Share = new(0, 1, RangeUnit.Fraction);

    /// <summary>Adds the errors of <paramref name="finance"/>.</summary>
    public static void Check(FinanceParameters finance, ErrorCollector errors)
    {
        const string path = "finance";
        if (!LegalRules.VatRates.Contains(finance.ServicesVatRate))
            errors.Add($"{path}.servicesVatRate", $"{FrenchNumbers.Number(finance.ServicesVatRate)} n'est pas un taux de TVA en vigueur (0,2 ; 0,1 ; 0,055 ; 0,021).");
        errors.InRange($"{path}.corporateTaxRate", finance.CorporateTaxRate, new NumericRange(0.15, 0.35, RangeUnit.Fraction));
        errors.InRange($"{path}.reducedTaxRate", finance.ReducedTaxRate, new NumericRange(0, (double)finance.CorporateTaxRate, RangeUnit.Fraction));
        errors.InRange($"{path}.reducedTaxBandQuarterly", finance.ReducedTaxBandQuarterly, new NumericRange(0, 25_000, RangeUnit.Euros));
        errors.InRange($"{path}.overdraftAnnualRate", finance.OverdraftAnnualRate, new NumericRange(0, 0.25, RangeUnit.Fraction));
        errors.InRange($"{path}.overdraftLimit", finance.OverdraftLimit, new NumericRange(0, 10_000_000, RangeUnit.Euros));
        var legalTerms = new NumericRange(0, LegalRules.PaymentTermsCapDays, RangeUnit.Days);
        errors.InRange($"{path}.supplierPaymentDays", finance.SupplierPaymentDays, legalTerms);
        errors.InRange($"{path}.referencePaymentTermsDays", finance.ReferencePaymentTermsDays, legalTerms);
        errors.InRange($"{path}.lossGivenDefault", finance.LossGivenDefault, Share);
        errors.InRange($"{path}.defaultTermsSensitivity", finance.DefaultTermsSensitivity, Share);
        errors.InRange($"{path}.clientsPerClass", finance.ClientsPerClass, new NumericRange(1, 1_000));
        errors.InRange($"{path}.creditInsurancePremium", finance.CreditInsurancePremium, new NumericRange(0, 0.02, RangeUnit.Fraction));
        errors.InRange($"{path}.creditInsuranceCover", finance.CreditInsuranceCover, Share);
        errors.InRange($"{path}.marketStudyCost", finance.MarketStudyCost, new NumericRange(0, 100_000, RangeUnit.Euros));
        errors.InRange($"{path}.demandNoise", finance.DemandNoise, new NumericRange(0, 0.05, RangeUnit.Fraction));
    }
}
