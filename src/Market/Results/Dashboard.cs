namespace NrcGame.Market;

/// <summary>
/// Tableau de bord: the KPIs of market-model.md §7.5 and product.md, with the conventions of §7.1b
/// (rates unrounded, 360-day year, both multiplier conventions labelled). Rates are fractions (0.25 = 25 %).
/// </summary>
public sealed record Dashboard
{
    /// <summary>Taux de marge = marge / coût d'achat des ventes.</summary>
    public double MarkupRate { get; init; }

    /// <summary>Taux de marque = marge / CA HT.</summary>
    public double MarginRate { get; init; }

    /// <summary>Coefficient multiplicateur (TTC/HT) = PV TTC / coût d'achat HT.</summary>
    public double MultiplierTtc { get; init; }

    /// <summary>Coefficient multiplicateur (HT/HT) = PV HT / coût d'achat HT.</summary>
    public double MultiplierHt { get; init; }

    /// <summary>Marge sur coût variable of the quarter.</summary>
    public decimal ContributionMargin { get; init; }

    /// <summary>Fixed charges of the quarter.</summary>
    public decimal FixedCosts { get; init; }

    /// <summary>Seuil de rentabilité annualised (CF × 4 / taux de MCV), 0 when MCV ≤ 0.</summary>
    public decimal BreakEvenRevenue { get; init; }

    /// <summary>Point mort in days of a 360-day year (SR / CA annualised × 360), unrounded ratio.</summary>
    public double BreakEvenDays { get; init; }

    /// <summary>Marge de sécurité annualised = CA × 4 − SR.</summary>
    public decimal SafetyMargin { get; init; }

    /// <summary>CA HT per rep (headcount).</summary>
    public decimal RevenuePerRep { get; init; }

    /// <summary>Salesforce cost / CA HT (benchmark ≈ 10 %).</summary>
    public double SalesforceCostRatio { get; init; }

    /// <summary>Taux de transformation: orders / effective visits.</summary>
    public double ConversionRate { get; init; }

    /// <summary>Couverture: effective visits / required visits.</summary>
    public double Coverage { get; init; }

    /// <summary>DN/DV per channel.</summary>
    public IReadOnlyList<DistributionCell> Distribution { get; init; } = [];

    /// <summary>Share of voice, all segments.</summary>
    public double ShareOfVoice { get; init; }

    /// <summary>Share of market (value), all segments.</summary>
    public double ShareOfMarket { get; init; }

    /// <summary>SOV / SOM (Jones 1990: &gt; 1 invests, &lt; 1 takes profit).</summary>
    public double SovSomRatio { get; init; }

    /// <summary>Délai clients = créances clients / CA TTC × 90 (quarterly flows).</summary>
    public double DsoDays { get; init; }

    /// <summary>Délai fournisseurs = dettes fournisseurs / achats TTC × 90.</summary>
    public double DpoDays { get; init; }

    /// <summary>Délai de rotation des stocks = stock moyen / coût d'achat des ventes × 90.</summary>
    public double StockRotationDays { get; init; }

    /// <summary>BFR in days of CA HT (× 90 on quarterly CA).</summary>
    public double WorkingCapitalDays { get; init; }

    /// <summary>Taux d'impayés: write-offs / receivables at the start.</summary>
    public double BadDebtRate { get; init; }

    /// <summary>Créances douteuses: provision balance (expected loss).</summary>
    public decimal DoubtfulReceivables { get; init; }

    /// <summary>Talley theoretical headcount.</summary>
    public int TalleyHeadcount { get; init; }

    /// <summary>Turnover of the quarter: departures / headcount at the start.</summary>
    public double Turnover { get; init; }
}
