namespace NrcGame.Market.Accounting.Formulas;

/// <summary>
/// A facture computed "en cascade" as taught (market-model.md §7.1): montant brut HT − rabais −
/// remises − ristourne, each on the previous net = net commercial; − escompte = net financier;
/// + TVA on the net financier = net à payer TTC. Every amount is rounded to the cent as on a printed invoice.
/// </summary>
public sealed record Invoice
{
    /// <summary>Montant brut HT (quantité × prix unitaire HT).</summary>
    public decimal GrossAmount { get; init; }

    /// <summary>Rabais.</summary>
    public decimal Rebate { get; init; }

    /// <summary>Remises, in the order applied.</summary>
    public IReadOnlyList<decimal> Discounts { get; init; } = [];

    /// <summary>Ristourne.</summary>
    public decimal Refund { get; init; }

    /// <summary>Net commercial HT = brut − rabais − remises − ristourne.</summary>
    public decimal NetCommercial { get; init; }

    /// <summary>Escompte (réduction financière), a financial charge for the seller (665).</summary>
    public decimal CashDiscount { get; init; }

    /// <summary>Net financier HT = net commercial − escompte; the TVA base.</summary>
    public decimal NetFinancial { get; init; }

    /// <summary>TVA on the net financier.</summary>
    public decimal Vat { get; init; }

    /// <summary>Net à payer TTC = net financier + TVA.</summary>
    public decimal AmountDue { get; init; }

    /// <summary>
    /// Computes the invoice of a gross HT amount under the given terms; throws
    /// <see cref="ArgumentOutOfRangeException"/> for a negative amount or a rate outside [0, 1].
    /// </summary>
    public static Invoice Compute(decimal grossAmount, InvoiceTerms terms)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(grossAmount);
        var discountRates = terms.DiscountRates;
        for (var k = 0; k < discountRates.Count; k++)
        {
            EnsureRate(discountRates[k]);
        }

        EnsureRate(terms.RebateRate);
        EnsureRate(terms.RefundRate);
        EnsureRate(terms.CashDiscountRate);
        EnsureRate(terms.VatRate);

        // One running net, each reduction rounded to the cent on the previous net (no closure, no iterator: ~1 KB less per invoice).
        var net = Money.RoundToCents(grossAmount);
        var rebate = Reduce(ref net, terms.RebateRate);
        var discounts = discountRates.Count == 0 ? [] : new decimal[discountRates.Count];
        for (var k = 0; k < discounts.Length; k++)
        {
            discounts[k] = Reduce(ref net, discountRates[k]);
        }

        var refund = Reduce(ref net, terms.RefundRate);
        var netCommercial = net;
        var cashDiscount = Reduce(ref net, terms.CashDiscountRate);
        var vat = Money.RoundToCents(net * terms.VatRate);
        return new Invoice
        {
            GrossAmount = Money.RoundToCents(grossAmount),
            Rebate = rebate,
            Discounts = discounts,
            Refund = refund,
            NetCommercial = netCommercial,
            CashDiscount = cashDiscount,
            NetFinancial = net,
            Vat = vat,
            AmountDue = net + vat,
        };
    }

    /// <summary>The reduction of <paramref name="rate"/> on the running net, rounded to the cent, taken off the net.</summary>
    private static decimal Reduce(ref decimal net, decimal rate)
    {
        var reduction = Money.RoundToCents(net * rate);
        net -= reduction;
        return reduction;
    }

    private static void EnsureRate(decimal rate)
    {
        if (rate is < 0m or > 1m)
        {
            throw new ArgumentOutOfRangeException("terms", rate, "Un taux de réduction ou de TVA est compris entre 0 et 100 %.");
        }
    }
}
