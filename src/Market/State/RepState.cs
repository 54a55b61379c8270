namespace NrcGame.Market;

/// <summary>One sales rep as carried from quarter to quarter (market-model.md §4.5, §8.1 state).</summary>
public sealed record RepState
{
    /// <summary>Stable identifier within the firm (e.g. <c>r7</c>).</summary>
    public string Id { get; init; } = "";

    /// <summary>Contract.</summary>
    public RepStatus Status { get; init; }

    /// <summary>n_j, completed quarters of tenure (ramp-up and severance).</summary>
    public int TenureQuarters { get; init; }

    /// <summary>Training stock in days (decays by a quarter each quarter); skill = 1 + gain·K/(K + half).</summary>
    public double TrainingDays { get; init; }

    /// <summary>M_j ∈ [0, 1], Vroom motivation at the end of the last quarter.</summary>
    public double Motivation { get; init; } = 0.5;

    /// <summary>Sat_j, satisfaction at the end of the last quarter.</summary>
    public double Satisfaction { get; init; } = 0.465;

    /// <summary>Quota of the last quarter (€ CA HT).</summary>
    public decimal LastQuota { get; init; }

    /// <summary>CA HT attributed to the rep last quarter.</summary>
    public decimal LastSales { get; init; }

    /// <summary>Commissions (or agent fees) of the last quarter, basis of an agent's indemnity.</summary>
    public decimal LastCommission { get; init; }

    /// <summary>Gross pay of the last quarter (fixed + variable), basis of severance.</summary>
    public decimal LastGrossPay { get; init; }
}
