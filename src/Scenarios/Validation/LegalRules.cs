using NrcGame.Market;

namespace NrcGame.Scenarios;

/// <summary>French legal figures a scenario must respect (market-model.md §3.3, §6.1, §7.4, §8.4).</summary>
public static class LegalRules
{
    /// <summary>TVA rates in force in metropolitan France: 20 % normal, 10 % intermediate, 5,5 % reduced, 2,1 % particular.</summary>
    public static IReadOnlyList<decimal> VatRates { get; } = [0.20m, 0.10m, 0.055m, 0.021m];

    /// <summary>Payment terms cap between professionals: 60 days from the invoice (LME, Code de commerce L441-10).</summary>
    public const int PaymentTermsCapDays = DecisionRules.LegalPaymentTermsCap;

    /// <summary>Lowest SMIC horaire brut accepted: 11,88 € (1 November 2024, still the figure of market-model.md §3.3).</summary>
    public const decimal MinimumSmicHourly = 11.88m;

    /// <summary>Hours of SMIC guaranteed to a VRP exclusif each quarter (accord national interprofessionnel des VRP).</summary>
    public const decimal VrpMinimumHours = 520m;

    /// <summary>Legal monthly working hours (35 h a week): 151,67 h.</summary>
    public const decimal MonthlyHours = 151.67m;

    /// <summary>Lowest quarterly pay a full-time salaried rep can receive: 3 months of SMIC.</summary>
    public static decimal QuarterlySmic(decimal smicHourly) => Math.Round(3m * MonthlyHours * smicHourly, 2);
}
