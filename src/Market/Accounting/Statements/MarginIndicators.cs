using NrcGame.Market.Accounting.Formulas;

namespace NrcGame.Market.Accounting.Statements;

/// <summary>
/// Taux de marge, taux de marque and coefficients multiplicateurs of the quarter's sales of goods as a
/// whole, read from the compte de résultat (ventes de marchandises against coût d'achat des
/// marchandises vendues). Null when there were no sales or no cost.
/// </summary>
public sealed record MarginIndicators
{
    /// <summary>Taux de marge = marge commerciale / coût d'achat des marchandises vendues.</summary>
    public decimal? MarkupRate { get; init; }

    /// <summary>Taux de marque = marge commerciale / ventes de marchandises HT.</summary>
    public decimal? MarginRate { get; init; }

    /// <summary>Coef. multiplicateur (TTC/HT) = ventes TTC / coût d'achat HT, labelled <see cref="MultiplierCoefficient.IncludingVatLabel"/>.</summary>
    public decimal? MultiplierIncludingVat { get; init; }

    /// <summary>Coef. HT/HT = ventes HT / coût d'achat HT, labelled <see cref="MultiplierCoefficient.ExcludingVatLabel"/>.</summary>
    public decimal? MultiplierExcludingVat { get; init; }

    /// <summary>Indicators of the compte de résultat, with the TVA rate of the goods sold.</summary>
    public static MarginIndicators From(IncomeStatement incomeStatement, decimal vatRate)
    {
        var sales = incomeStatement.SalesOfGoods;
        var cost = incomeStatement.CostOfGoodsSold;
        if (sales <= 0m || cost <= 0m)
        {
            return new MarginIndicators();
        }

        return new MarginIndicators
        {
            MarkupRate = PricingFormulas.MarkupRate(sales, cost),
            MarginRate = PricingFormulas.MarginRate(sales, cost),
            MultiplierIncludingVat = MultiplierCoefficient.IncludingVat(PricingFormulas.IncludingVat(sales, vatRate), cost),
            MultiplierExcludingVat = MultiplierCoefficient.ExcludingVat(sales, cost),
        };
    }
}
