namespace NrcGame.Market;

/// <summary>Family 1 — pricing and terms of sale (product.md; market-model.md §5.4, §6, §7.1).</summary>
public sealed record PricingDecisions
{
    /// <summary>List price HT per segment id (prix catalogue).</summary>
    public IReadOnlyDictionary<string, decimal> ListPrice { get; init; } = new Dictionary<string, decimal>();

    /// <summary>Remise rate per channel id (0–0.5), applied on the invoice.</summary>
    public IReadOnlyDictionary<string, decimal> Discount { get; init; } = new Dictionary<string, decimal>();

    /// <summary>Ristourne rate (end-of-period rebate, 0–0.1) applied after the remise.</summary>
    public decimal Rebate { get; init; }

    /// <summary>Payment terms granted in days (legal cap 60, §6.1).</summary>
    public int PaymentTermsDays { get; init; } = 30;

    /// <summary>Escompte rate for early payment (0–0.05); 0 means "escompte néant".</summary>
    public decimal EarlyPaymentDiscount { get; init; }

    /// <summary>Days within which a client must pay to take the escompte (t_e).</summary>
    public int EarlyPaymentDays { get; init; } = 10;

    /// <summary>Temporary consumer promotion δ per segment id (0–0.5), B2C only (§5.4).</summary>
    public IReadOnlyDictionary<string, decimal> Promotion { get; init; } = new Dictionary<string, decimal>();

    /// <summary>Client credit classes the firm sells to; refusing a class removes its demand and risk (§6.3).</summary>
    public IReadOnlyList<string> AcceptedCreditClasses { get; init; } = ["A", "B", "C", "D"];

    /// <summary>Whether receivables are credit-insured (premium 0.2 % of turnover TTC, 85 % cover, §6.3).</summary>
    public bool CreditInsurance { get; init; }
}
