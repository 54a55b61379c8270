namespace NrcGame.Market;

/// <summary>Family 3 — remuneration, stimulation and management style (product.md; market-model.md §4).</summary>
public sealed record RemunerationDecisions
{
    /// <summary>Fixed gross salary per quarter of a salaried rep (field, inside, VRP exclusif); multicartes and agents get none.</summary>
    public decimal FixedSalary { get; init; } = 6300m;

    /// <summary>Commission rate of salaried reps (0–0.2).</summary>
    public decimal CommissionRate { get; init; } = 0.01m;

    /// <summary>What the commission is computed on.</summary>
    public CommissionBase CommissionBase { get; init; } = CommissionBase.Revenue;

    /// <summary>Team quota of CA HT per full-time rep and quarter (€).</summary>
    public decimal Quota { get; init; } = 150000m;

    /// <summary>How the quota is split between reps.</summary>
    public QuotaRule QuotaRule { get; init; } = QuotaRule.ProportionalToPotential;

    /// <summary>Bonus paid to a salaried rep who reaches 100 % of his quota (€ per quarter).</summary>
    public decimal Bonus { get; init; } = 1000m;

    /// <summary>Extra commission rate c⁺ on the base above quota (0–0.2).</summary>
    public decimal OverQuotaRate { get; init; }

    /// <summary>Cap on a salaried rep's variable pay per quarter (€; 0 = no cap).</summary>
    public decimal VariableCap { get; init; }

    /// <summary>Commission rate of VRP multicartes and agents on their CA HT (0.03–0.15, §3.3).</summary>
    public decimal ExternalCommissionRate { get; init; } = 0.10m;

    /// <summary>Stimulation budget of the quarter (challenges, contests), € for the whole team.</summary>
    public decimal StimulationBudget { get; init; }

    /// <summary>Management style of the sales team.</summary>
    public ManagementStyle ManagementStyle { get; init; } = ManagementStyle.Persuasive;
}
