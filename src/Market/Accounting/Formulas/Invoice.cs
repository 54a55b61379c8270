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
        foreach (var rate in terms.DiscountRates.Append(terms.RebateRate).Append(terms.RefundRate).Append(terms.CashDiscountRate).Append(terms.VatRate))
        {
            if (rate is < 0m or > 1m)
            {
                throw new ArgumentOutOfRangeException(nameof(terms), rate, "Un taux de réduction ou de TVA est compris entre 0 et 100 %.");
            }
        }

        var net = Money.RoundToCents(grossAmount);
        decimal Reduce(decimal rate)
        {
            var reduction = Money.RoundToCents(net * rate);
            net -= reduction;
            return reduction;
        }

        var rebate = Reduce(terms.RebateRate);
        var discounts = terms.DiscountRates.Select(Reduce).ToArray();
        var refund = Reduce(terms.RefundRate);
        var netCommercial = net;
        var cashDiscount = Reduce(terms.CashDiscountRate);
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
}
