using NrcGame.Market.Accounting;
using NrcGame.Market.Accounting.Formulas;
using static NrcGame.Market.Accounting.AccountNumbers;

namespace NrcGame.Market.Tests.Accounting;

/// <summary>Worked exercises on the facture: réductions en cascade, escompte, TVA, and its journal entry (§7.1).</summary>
public sealed class InvoiceExerciseTests
{
    [Fact]
    public void Exercise_5_two_remises_a_ristourne_an_escompte_and_TVA()
    {
        // Brut HT 5 000 €; remises 10 % puis 5 %; ristourne 2 %; escompte 2 %; TVA 20 %.
        // Remise 1 = 5 000 × 10 % = 500 → 4 500. Remise 2 = 4 500 × 5 % = 225 → 4 275.
        // Ristourne = 4 275 × 2 % = 85,50 → net commercial 4 189,50.
        // Escompte = 4 189,50 × 2 % = 83,79 → net financier 4 105,71.
        // TVA = 4 105,71 × 20 % = 821,142 → 821,14. Net à payer = 4 105,71 + 821,14 = 4 926,85.
        var invoice = Invoice.Compute(5_000m, new InvoiceTerms(0m, [0.10m, 0.05m], 0.02m, 0.02m, 0.20m));

        Assert.Equal([500m, 225m], invoice.Discounts);
        Assert.Equal(85.50m, invoice.Refund);
        Assert.Equal(4_189.50m, invoice.NetCommercial);
        Assert.Equal(83.79m, invoice.CashDiscount);
        Assert.Equal(4_105.71m, invoice.NetFinancial);
        Assert.Equal(821.14m, invoice.Vat);
        Assert.Equal(4_926.85m, invoice.AmountDue);
    }

    [Fact]
    public void Exercise_6_rabais_remise_escompte_and_the_sales_journal_entry()
    {
        // Brut HT 1 200 €; rabais 5 % = 60 → 1 140; remise 3 % = 34,20 → net commercial 1 105,80.
        // Escompte 1 % = 11,058 → 11,06 → net financier 1 094,74.
        // TVA 20 % = 218,948 → 218,95. Net à payer = 1 094,74 + 218,95 = 1 313,69.
        // Écriture: 411 débit 1 313,69 et 665 débit 11,06 = 1 324,75; 707 crédit 1 105,80 et 4457 crédit 218,95 = 1 324,75.
        var invoice = Invoice.Compute(1_200m, new InvoiceTerms(0.05m, [0.03m], 0m, 0.01m, 0.20m));
        var entry = StandardEntries.SalesInvoice("Facture n° 42", invoice);

        Assert.Equal(60m, invoice.Rebate);
        Assert.Equal(1_105.80m, invoice.NetCommercial);
        Assert.Equal(11.06m, invoice.CashDiscount);
        Assert.Equal(1_094.74m, invoice.NetFinancial);
        Assert.Equal(218.95m, invoice.Vat);
        Assert.Equal(1_313.69m, invoice.AmountDue);
        Assert.Equal(1_324.75m, entry.TotalDebit);
        Assert.Equal(1_324.75m, entry.TotalCredit);
        Assert.Contains(entry.Lines, line => line.Account == CashDiscountsGranted && line.Debit == 11.06m);
        Assert.Contains(entry.Lines, line => line.Account == SalesOfGoods && line.Credit == 1_105.80m);
    }

    [Fact]
    public void Exercise_7_annual_cost_of_an_escompte_2_10_net_30()
    {
        // Escompte 2 % pour paiement à 10 jours au lieu de 30: n = 20 jours d'avance.
        // Approximation du cours: 2 % × 360 / 20 = 0,36 (36 %).
        // e / (1 − e) × 360 / n = 0,02 / 0,98 × 18 = 0,367347… ≈ 36,7 % (§6.3).
        // Exact sur 365 jours: 0,02 / 0,98 × 365 / 20 = 0,0204082 × 18,25 = 0,372449… ≈ 37,2 %.
        Assert.Equal(0.36m, CashDiscountCost.SimpleAnnualRate(0.02m, 20m));
        Assert.Equal(0.367m, Math.Round(CashDiscountCost.ImpliedAnnualRate(0.02m, 20m), 3));
        Assert.Equal(0.372m, Math.Round(CashDiscountCost.ExactAnnualRate(0.02m, 20m), 3));
    }

    [Fact]
    public void A_rate_outside_0_to_100_percent_is_refused()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => Invoice.Compute(100m, new InvoiceTerms(0m, [1.5m], 0m, 0m, 0.20m)));
        Assert.Throws<ArgumentOutOfRangeException>(() => Invoice.Compute(-1m, new InvoiceTerms(0m, [], 0m, 0m, 0.20m)));
    }
}
