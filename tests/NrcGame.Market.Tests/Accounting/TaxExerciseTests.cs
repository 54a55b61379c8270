using NrcGame.Market.Accounting.Formulas;

namespace NrcGame.Market.Tests.Accounting;

/// <summary>Worked exercises on TVA, IS, EBE and CAF (§7.4).</summary>
public sealed class TaxExerciseTests
{
    [Fact]
    public void Exercise_18_TVA_à_décaisser_and_crédit_de_TVA()
    {
        // TVA collectée 24 000 €, déductible 18 500 € → à décaisser 24 000 − 18 500 = 5 500 €.
        // TVA collectée 4 000 €, déductible 10 000 € → −6 000 € = crédit de TVA de 6 000 €.
        Assert.Equal(5_500m, FinancialFormulas.VatDue(24_000m, 18_500m));
        Assert.Equal(-6_000m, FinancialFormulas.VatDue(4_000m, 10_000m));
    }

    [Fact]
    public void Exercise_19_impôt_sur_les_sociétés_with_the_SME_band()
    {
        // Bénéfice 60 000 €: 42 500 × 15 % = 6 375 + (60 000 − 42 500) × 25 % = 17 500 × 25 % = 4 375 → IS 10 750 €.
        // Bénéfice 30 000 €: 30 000 × 15 % = 4 500 €. Perte: IS 0.
        Assert.Equal(10_750m, FinancialFormulas.CorporateIncomeTax(60_000m, 42_500m, 0.15m, 0.25m));
        Assert.Equal(4_500m, FinancialFormulas.CorporateIncomeTax(30_000m, 42_500m, 0.15m, 0.25m));
        Assert.Equal(0m, FinancialFormulas.CorporateIncomeTax(-5_000m, 42_500m, 0.15m, 0.25m));
    }

    [Fact]
    public void Exercise_20_EBE_and_CAF_by_both_methods()
    {
        // Marge commerciale 180 000, consommations externes 50 000 → VA 130 000.
        // EBE = 130 000 + subventions 5 000 − impôts et taxes 3 000 − personnel 82 000 = 50 000.
        // Dotations 12 000, reprises 2 000, charges d'intérêts 4 000, IS 8 000:
        // résultat net = 50 000 − 12 000 + 2 000 − 4 000 − 8 000 = 28 000.
        // CAF additive = 28 000 + 12 000 − 2 000 = 38 000. CAF soustractive = 50 000 − 4 000 − 8 000 = 38 000.
        // Autofinancement après 10 000 € de dividendes = 28 000.
        var valueAdded = FinancialFormulas.ValueAdded(180_000m, 0m, 50_000m);
        var ebe = FinancialFormulas.GrossOperatingProfit(valueAdded, 5_000m, 3_000m, 82_000m);

        Assert.Equal(130_000m, valueAdded);
        Assert.Equal(50_000m, ebe);
        Assert.Equal(38_000m, FinancialFormulas.SelfFinancingCapacityAdditive(28_000m, 12_000m, 2_000m));
        Assert.Equal(38_000m, FinancialFormulas.SelfFinancingCapacitySubtractive(ebe, 0m, 0m, -4_000m, 0m, 8_000m));
        Assert.Equal(28_000m, FinancialFormulas.SelfFinancing(38_000m, 10_000m));
    }
}
