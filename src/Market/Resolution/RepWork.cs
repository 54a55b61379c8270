namespace NrcGame.Market;

/// <summary>One working rep during a resolution: capacity, effort, quota, motivation terms, sales and pay.</summary>
internal sealed class RepWork(RepState state, int visitCells)
{
    public RepState State { get; } = state;

    /// <summary>x_j per visit cell (row sum ≤ 1).</summary>
    public double[] Allocation { get; } = new double[visitCells];

    /// <summary>C_j per visit cell: visits available if the rep spent all his time there.</summary>
    public double[] Capacity { get; } = new double[visitCells];

    /// <summary>x·C·ramp·skill per visit cell (before the effort multiplier).</summary>
    public double[] Nominal { get; } = new double[visitCells];

    /// <summary>Effective visits per visit cell.</summary>
    public double[] Effective { get; } = new double[visitCells];

    public double TimeShare { get; set; } = 1.0;

    public double Ramp { get; set; } = 1.0;

    public double Skill { get; set; } = 1.0;

    public double TrainingStock { get; set; }

    public double FullTimeEquivalent { get; set; }

    public double PotentialValue { get; set; }

    public decimal Quota { get; set; }

    public double ExpectedSales { get; set; }

    public double Volatility { get; set; }

    public MotivationTerms Terms { get; set; } = new();

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
