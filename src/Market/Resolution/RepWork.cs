namespace NrcGame.Market;

/// <summary>One working rep during a resolution: capacity, effort, quota, motivation terms, sales and pay.</summary>
internal sealed class RepWork(RepState state, int visitCells)
{
    public RepState State { get; } = state;

    /// <summary>x_j per visit cell (row sum ≤ 1).</summary>
    public double[] Allocation { get; } = new double[visitCells];

    /// <summary>Visits per working day in each visit cell for this rep's kind of work (field or phone), net of travel.</summary>
    public double[] VisitRates { get; set; } = [];

    /// <summary>Selling days × (1 − admin share) × θ_j.</summary>
    public double CapacityScale { get; set; }

    /// <summary>Weight of one of the rep's contacts in effective visits (1 in the field, less on the phone).</summary>
    public double ContactWeight { get; set; } = 1.0;

    /// <summary>C_j: visits available in visit cell v if the rep spent all his time there.</summary>
    public double Capacity(int v) => CapacityScale * VisitRates[v];

    /// <summary>x·C·ramp·skill in visit cell v (before the effort multiplier).</summary>
    public double Nominal(int v) => Allocation[v] * Capacity(v) * Ramp * Skill * ContactWeight;

    /// <summary>Effective visits in visit cell v.</summary>
    public double Effective(int v) => Nominal(v) * EffortMultiplier;

    public double TimeShare { get; set; } = 1.0;

    public double Ramp { get; set; } = 1.0;

    public double Skill { get; set; } = 1.0;

    public double TrainingStock { get; set; }

    public double FullTimeEquivalent { get; set; }

    public double PotentialValue { get; set; }

    public decimal Quota { get; set; }

    public double ExpectedSales { get; set; }

    public double Volatility { get; set; }

    public MotivationTerms Terms { get; set; } = null!;

    public double Fairness { get; set; } = 1.0;

    public double Motivation { get; set; }

    public double EffortMultiplier { get; set; } = 1.0;

    public decimal Sales { get; set; }

    public decimal FixedPay { get; set; }

    public decimal Commission { get; set; }

    public decimal Bonus { get; set; }

    public decimal MinimumTopUp { get; set; }

    public decimal GrossPay => FixedPay + Commission + Bonus + MinimumTopUp;

    public decimal SocialCharges { get; set; }

    public decimal VisitExpenses { get; set; }
}
