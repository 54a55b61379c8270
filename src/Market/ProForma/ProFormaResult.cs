namespace NrcGame.Market;

/// <summary>
/// What a firm's decisions cost for sure, before the market answers (product.md "pro-forma"): computed with
/// the engine's own cost code, never the market outcome.
/// </summary>
public sealed record ProFormaResult
{
    /// <summary>Fixed gross salaries of the quarter (with legal minimums at zero sales).</summary>
    public decimal FixedSalaries { get; init; }

    /// <summary>Employer social charges on them.</summary>
    public decimal SocialCharges { get; init; }

    /// <summary>Recruiting costs of the hires decided.</summary>
    public decimal Recruiting { get; init; }

    /// <summary>Severance and agent indemnities of the dismissals decided.</summary>
    public decimal Severance { get; init; }

    /// <summary>Training cost.</summary>
    public decimal Training { get; init; }

    /// <summary>Stimulation budget.</summary>
    public decimal Stimulation { get; init; }

    /// <summary>Media, direct marketing and sponsorship.</summary>
    public decimal Communication { get; init; }

    /// <summary>Listing fees and têtes de gondole/PLV.</summary>
    public decimal Trade { get; init; }

    /// <summary>Market studies.</summary>
    public decimal Studies { get; init; }

    /// <summary>Overheads and depreciation.</summary>
    public decimal Overheads { get; init; }

    /// <summary>Purchases of goods HT (a stock, not a charge until sold).</summary>
    public decimal Purchases { get; init; }

    /// <summary>Total certain charges of the quarter (fixed costs, §7.2).</summary>
    public decimal FixedCosts { get; init; }

    /// <summary>Variable costs per euro of CA HT at the decided prices (COGS, commissions, coopération, promotion).</summary>
    public double VariableCostRate { get; init; }

    /// <summary>Implied break-even CA HT of the quarter = fixed costs / (1 − variable cost rate).</summary>
    public decimal BreakEvenRevenue { get; init; }

    /// <summary>Talley workload coverage per territory × channel with the decided team and allocation.</summary>
    public IReadOnlyList<CoverageCell> Coverage { get; init; } = [];

    /// <summary>Effective visits / required visits, all cells.</summary>
    public double OverallCoverage { get; init; }

    /// <summary>Talley theoretical headcount.</summary>
    public int TalleyHeadcount { get; init; }

    /// <summary>Headcount working this quarter after dismissals and arrivals.</summary>
    public int Headcount { get; init; }
}
