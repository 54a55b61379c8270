using NrcGame.Market.Accounting.Formulas;

namespace NrcGame.Market.Tests.Accounting;

/// <summary>Worked exercises on prix, marges and coefficient multiplicateur (market-model.md §7.1, §7.1b).</summary>
public sealed class PricingExerciseTests
{
    [Fact]
    public void Exercise_1_taux_de_marge_and_taux_de_marque_of_a_product()
    {
        // Coût d'achat HT 80 €, prix de vente HT 100 €.
        // Marge unitaire = 100 − 80 = 20 €.
        // Taux de marge = 20 / 80 = 0,25 (25 %). Taux de marque = 20 / 100 = 0,20 (20 %).
        // Contrôle: t_marque = t_marge / (1 + t_marge) = 0,25 / 1,25 = 0,20.
        Assert.Equal(20m, PricingFormulas.UnitMargin(100m, 80m));
        Assert.Equal(0.25m, PricingFormulas.MarkupRate(100m, 80m));
        Assert.Equal(0.20m, PricingFormulas.MarginRate(100m, 80m));
        Assert.Equal(0.20m, PricingFormulas.MarginRateFromMarkupRate(0.25m));
        Assert.Equal(0.25m, PricingFormulas.MarkupRateFromMarginRate(0.20m));
    }

    [Fact]
    public void Exercise_2_selling_price_from_a_taux_de_marque_and_both_coefficients()
    {
        // Coût d'achat HT 60 €, taux de marque 40 %, TVA 20 %.
        // PV HT = 60 / (1 − 0,40) = 60 / 0,60 = 100 €. PV TTC = 100 × 1,20 = 120 €.
        // Coef. multiplicateur (TTC/HT) = 120 / 60 = 2; par la formule (1 + 0,20) / (1 − 0,40) = 1,20 / 0,60 = 2.
        // Coef. HT/HT = 100 / 60 = 1,666… → 1,67 affiché; par la formule 1 / 0,60 = 1,666….
        var sellingPrice = PricingFormulas.SellingPriceFromMarginRate(60m, 0.40m);
        var sellingPriceTtc = PricingFormulas.IncludingVat(sellingPrice, 0.20m);

        Assert.Equal(100m, sellingPrice);
        Assert.Equal(120m, sellingPriceTtc);
        Assert.Equal(2m, MultiplierCoefficient.IncludingVat(sellingPriceTtc, 60m));
        Assert.Equal(2m, MultiplierCoefficient.IncludingVatFromMarginRate(0.40m, 0.20m));
        Assert.Equal(1.67m, Math.Round(MultiplierCoefficient.ExcludingVat(sellingPrice, 60m), 2));
        Assert.Equal(1.67m, Math.Round(MultiplierCoefficient.ExcludingVatFromMarginRate(0.40m), 2));
    }

    [Fact]
    public void Exercise_3_the_same_product_reads_3_TTC_over_HT_and_2_5_HT_over_HT()
    {
        // PA HT 40 €, PV HT 100 €, TVA 20 % → PV TTC 120 €.
        // Coef. multiplicateur (TTC/HT) = 120 / 40 = 3,0. Coef. HT/HT = 100 / 40 = 2,5.
        // Taux de marque = (100 − 40) / 100 = 0,60; (1 + 0,20) / (1 − 0,60) = 1,20 / 0,40 = 3,0.
        Assert.Equal(3.0m, MultiplierCoefficient.IncludingVat(120m, 40m));
        Assert.Equal(2.5m, MultiplierCoefficient.ExcludingVat(100m, 40m));
        Assert.Equal(3.0m, MultiplierCoefficient.IncludingVatFromMarginRate(PricingFormulas.MarginRate(100m, 40m), 0.20m));
        Assert.Equal("coef. multiplicateur (TTC/HT)", MultiplierCoefficient.IncludingVatLabel);
        Assert.Equal("coef. HT/HT", MultiplierCoefficient.ExcludingVatLabel);
    }

    [Fact]
    public void Exercise_4_selling_price_from_a_taux_de_marge_with_reduced_TVA()
    {
        // Produit alimentaire: coût d'achat HT 50 €, taux de marge 30 %, TVA 5,5 %.
        // PV HT = 50 × 1,30 = 65 €. PV TTC = 65 × 1,055 = 68,575 → 68,58 € affiché.
        // Taux de marque = 15 / 65 = 0,230769… → 23,08 %; = 0,30 / 1,30.
        // TVA contenue dans le prix TTC = 68,575 − 65 = 3,575; PV HT retrouvé = 68,575 / 1,055 = 65.
        var sellingPrice = PricingFormulas.SellingPriceFromMarkupRate(50m, 0.30m);

        Assert.Equal(65m, sellingPrice);
        Assert.Equal(68.575m, PricingFormulas.IncludingVat(sellingPrice, 0.055m));
        Assert.Equal(68.58m, Math.Round(PricingFormulas.IncludingVat(sellingPrice, 0.055m), 2, MidpointRounding.AwayFromZero));
        Assert.Equal(0.2308m, Math.Round(PricingFormulas.MarginRate(sellingPrice, 50m), 4));
        Assert.Equal(0.2308m, Math.Round(PricingFormulas.MarginRateFromMarkupRate(0.30m), 4));
        Assert.Equal(3.575m, PricingFormulas.Vat(65m, 0.055m));
        Assert.Equal(65m, PricingFormulas.ExcludingVat(68.575m, 0.055m));
    }
}
