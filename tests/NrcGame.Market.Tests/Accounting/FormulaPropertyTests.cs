using FsCheck.Xunit;
using NrcGame.Market.Accounting.Formulas;

namespace NrcGame.Market.Tests.Accounting;

/// <summary>Identities and monotonicity of the French formulas (market-model.md §9.12).</summary>
public sealed class FormulaPropertyTests
{
    private const decimal Tolerance = 0.000000000001m;

    [Property(MaxTest = 300)]
    public void The_reduction_cascade_only_ever_reduces_and_a_higher_rate_never_raises_the_amount_due(
        uint grossCents, byte rebate, byte firstDiscount, byte secondDiscount, byte refund, byte cashDiscount, byte raisedStep)
    {
        static decimal Rate(byte percent) => percent % 60 / 100m;
        var gross = grossCents % 100_000_000u / 100m;
        decimal[] rates = [Rate(rebate), Rate(firstDiscount), Rate(secondDiscount), Rate(refund), Rate(cashDiscount)];
        InvoiceTerms Terms(decimal[] r) => new(r[0], [r[1], r[2]], r[3], r[4], 0.20m);
        var invoice = Invoice.Compute(gross, Terms(rates));
        var raised = (decimal[])rates.Clone();
        raised[raisedStep % raised.Length] += 0.05m;
        var moreReduced = Invoice.Compute(gross, Terms(raised));

        Assert.True(invoice.GrossAmount >= invoice.NetCommercial);
        Assert.True(invoice.NetCommercial >= invoice.NetFinancial);
        Assert.True(invoice.NetFinancial >= 0m);
        Assert.True(invoice.AmountDue >= invoice.NetFinancial);
        Assert.Equal(invoice.GrossAmount, invoice.Rebate + invoice.Discounts.Sum() + invoice.Refund + invoice.NetCommercial);
        Assert.Equal(invoice.NetCommercial - invoice.CashDiscount + invoice.Vat, invoice.AmountDue);
        Assert.True(moreReduced.AmountDue <= invoice.AmountDue);
        Assert.True(moreReduced.NetFinancial <= invoice.NetFinancial);
    }

    [Property(MaxTest = 300)]
    public void Taux_de_marque_taux_de_marge_and_coefficients_are_consistent(ushort costCents, ushort markupPermille, byte vatChoice)
    {
        decimal[] vatRates = [0.021m, 0.055m, 0.10m, 0.20m];
        var vatRate = vatRates[vatChoice % vatRates.Length];
        var cost = 1m + costCents / 100m;
        var markup = (1 + markupPermille % 3000) / 1000m;
        var price = PricingFormulas.SellingPriceFromMarkupRate(cost, markup);
        var marginRate = PricingFormulas.MarginRate(price, cost);

        Assert.True(Math.Abs(marginRate - markup / (1m + markup)) < Tolerance);
        Assert.True(Math.Abs(PricingFormulas.MarkupRate(price, cost) - markup) < Tolerance);
        Assert.True(PricingFormulas.MarkupRate(price, cost) > marginRate);
        Assert.True(Math.Abs(PricingFormulas.SellingPriceFromMarginRate(cost, marginRate) - price) < Tolerance);
        Assert.True(Math.Abs(
            MultiplierCoefficient.IncludingVat(PricingFormulas.IncludingVat(price, vatRate), cost)
            - MultiplierCoefficient.IncludingVatFromMarginRate(marginRate, vatRate)) < Tolerance);
    }

    [Property(MaxTest = 300)]
    public void At_the_seuil_de_rentabilité_the_result_is_zero_and_the_point_mort_falls_within_the_year_iff_the_year_is_profitable(
        uint fixedCosts, ushort[] quarterMargins)
    {
        var annualFixedCosts = fixedCosts % 10_000_000u;
        var margins = quarterMargins.Take(4).Select(margin => (decimal)margin * 10m).ToArray();
        var annualMargin = margins.Sum();
        var turnover = annualMargin * 2.5m;
        var cumulative = CostVolumeProfit.CumulativeBreakEvenDay(margins, annualFixedCosts);

        Assert.Equal(annualMargin >= annualFixedCosts, cumulative is { } day && day <= RotationRatios.DaysInYear);
        if (turnover > 0m)
        {
            var rate = CostVolumeProfit.ContributionMarginRate(turnover, turnover - annualMargin);
            var breakEven = CostVolumeProfit.BreakEvenRevenue(annualFixedCosts, rate);
            Assert.True(Math.Abs(CostVolumeProfit.Result(breakEven, rate, annualFixedCosts)) < 0.000001m);
            Assert.Equal(
                CostVolumeProfit.Result(turnover, rate, annualFixedCosts) >= 0m,
                CostVolumeProfit.BreakEvenDay(breakEven, turnover) <= RotationRatios.DaysInYear);
        }
    }

    [Property(MaxTest = 300)]
    public void The_dismissal_indemnity_grows_with_seniority_and_is_nil_below_eight_months(ushort months, ushort salaryEuros)
    {
        var seniority = months % 600;
        var salary = 1_000m + salaryEuros;

        Assert.True(SalesforceCosts.LegalDismissalIndemnity(salary, seniority + 1) >= SalesforceCosts.LegalDismissalIndemnity(salary, seniority));
        Assert.Equal(seniority < 8, SalesforceCosts.LegalDismissalIndemnity(salary, seniority) == 0m);
    }
}
