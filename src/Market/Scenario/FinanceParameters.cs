namespace NrcGame.Market;

/// <summary>Accounting, tax, credit and cash parameters (market-model.md §6, §7.4, §8.2 steps 12–14, §8.4).</summary>
public sealed record FinanceParameters
{
    /// <summary>TVA rate of the services the firm buys (advertising, fees, travel…): 20 %.</summary>
    public decimal ServicesVatRate { get; init; } = 0.20m;

    /// <summary>IS standard rate (25 %).</summary>
    public decimal CorporateTaxRate { get; init; } = 0.25m;

    /// <summary>IS reduced SME rate (15 %).</summary>
    public decimal ReducedTaxRate { get; init; } = 0.15m;

    /// <summary>Quarterly profit taxed at the reduced rate (42 500 € a year / 4).</summary>
    public decimal ReducedTaxBandQuarterly { get; init; } = 10625m;

    /// <summary>Annual interest rate of the overdraft (8 %).</summary>
    public decimal OverdraftAnnualRate { get; init; } = 0.08m;

    /// <summary>Overdraft beyond which the firm is in cessation de paiements (€, positive).</summary>
    public decimal OverdraftLimit { get; init; } = 250000m;

    /// <summary>Days of purchases paid to suppliers after delivery (DPO, ≤ 90).</summary>
    public double SupplierPaymentDays { get; init; } = 45;

    /// <summary>LGD, loss given default (0.8, §6.3).</summary>
    public double LossGivenDefault { get; init; } = 0.8;

    /// <summary>θ, growth of PD per 30 days of terms beyond 30 days (0.25, §6.3).</summary>
    public double DefaultTermsSensitivity { get; init; } = 0.25;

    /// <summary>Client accounts per credit class and quarter used to draw actual defaults (granularity of the binomial draw).</summary>
    public int ClientsPerClass { get; init; } = 40;

    /// <summary>Credit insurance premium on insured turnover TTC (0.2 %, §6.3).</summary>
    public decimal CreditInsurancePremium { get; init; } = 0.002m;

    /// <summary>Share of losses covered by credit insurance (85 %, §6.3).</summary>
    public decimal CreditInsuranceCover { get; init; } = 0.85m;

    /// <summary>Payment term (days) the reference buyer price assumes for B2B (30, the legal default).</summary>
    public double ReferencePaymentTermsDays { get; init; } = 30;

    /// <summary>Price of one market study (€ HT).</summary>
    public decimal MarketStudyCost { get; init; } = 3000m;

    /// <summary>σ of the seeded lognormal demand noise ξ (0 in tests, 3 % in play, §8.2 step 8).</summary>
    public double DemandNoise { get; init; }
}
