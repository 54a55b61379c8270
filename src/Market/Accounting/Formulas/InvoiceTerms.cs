namespace NrcGame.Market.Accounting.Formulas;

/// <summary>
/// Reductions and tax of an invoice (facture), all rates as fractions: réductions commerciales
/// (rabais, remises, ristourne), réduction financière (escompte) and TVA.
/// </summary>
/// <param name="RebateRate">Rabais (for a defect or late delivery), first in the cascade.</param>
/// <param name="DiscountRates">Remises (for quantity or status), applied one after the other.</param>
/// <param name="RefundRate">Ristourne (on the turnover of the period), last commercial reduction.</param>
/// <param name="CashDiscountRate">Escompte (for early payment), on the net commercial.</param>
/// <param name="VatRate">Taux de TVA (0.20 standard).</param>
public sealed record InvoiceTerms(
    decimal RebateRate,
    IReadOnlyList<decimal> DiscountRates,
    decimal RefundRate,
    decimal CashDiscountRate,
    decimal VatRate);
