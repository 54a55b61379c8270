namespace NrcGame.Market;

/// <summary>Risk panel: credit exposure, expected and actual losses, cash risk, dependence (product.md).</summary>
public sealed record RiskPanel
{
    /// <summary>Exposure per credit class.</summary>
    public IReadOnlyList<CreditExposure> Exposures { get; init; } = [];

    /// <summary>Expected loss on the closing receivables (provision balance).</summary>
    public decimal ExpectedLoss { get; init; }

    /// <summary>Actual write-offs of the quarter (TTC), before insurance.</summary>
    public decimal WrittenOff { get; init; }

    /// <summary>Insurance indemnity received on the quarter's write-offs.</summary>
    public decimal InsuranceRecovery { get; init; }

    /// <summary>Written off / receivables at the start of the quarter (taux d'impayés).</summary>
    public double BadDebtRate { get; init; }

    /// <summary>Overdraft at the end of the quarter (≥ 0).</summary>
    public decimal Overdraft { get; init; }

    /// <summary>True when the overdraft exceeds the scenario limit (cessation de paiements).</summary>
    public bool CessationDePaiements { get; init; }

    /// <summary>Channel bringing the largest share of CA.</summary>
    public string LargestChannel { get; init; } = "";

    /// <summary>Its share of CA (dependence on one distributor).</summary>
    public double LargestChannelShare { get; init; }
}
