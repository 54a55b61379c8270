namespace NrcGame.Market;

/// <summary>One rep in the quarter's sales-team report (product.md).</summary>
public sealed record RepReport
{
    /// <summary>Rep id.</summary>
    public string Id { get; init; } = "";

    /// <summary>Contract.</summary>
    public RepStatus Status { get; init; }

    /// <summary>Completed quarters of tenure at the start of the quarter.</summary>
    public int TenureQuarters { get; init; }

    /// <summary>Share of his time the rep gives us (1, or θ for multicartes and agents).</summary>
    public double TimeShare { get; init; }

    /// <summary>Ramp-up productivity.</summary>
    public double Ramp { get; init; }

    /// <summary>Skill multiplier from training.</summary>
    public double Skill { get; init; }

    /// <summary>Visits available C_j.</summary>
    public double VisitCapacity { get; init; }

    /// <summary>Effective visits (capacity × ramp × skill × effort).</summary>
    public double EffectiveVisits { get; init; }

    /// <summary>Quota (CA HT).</summary>
    public decimal Quota { get; init; }

    /// <summary>CA HT attributed to the rep.</summary>
    public decimal Sales { get; init; }

    /// <summary>Sales / quota.</summary>
    public double Attainment { get; init; }

    /// <summary>Fixed gross pay.</summary>
    public decimal FixedPay { get; init; }

    /// <summary>Commission (or agent fees).</summary>
    public decimal Commission { get; init; }

    /// <summary>Quota bonus.</summary>
    public decimal Bonus { get; init; }

    /// <summary>Top-up to reach the VRP exclusif minimum.</summary>
    public decimal MinimumTopUp { get; init; }

    /// <summary>Gross pay (or fees) of the quarter.</summary>
    public decimal GrossPay { get; init; }

    /// <summary>Legal severance or agent indemnity paid on dismissal.</summary>
    public decimal Severance { get; init; }

    /// <summary>Cost to the firm: gross pay + social charges + visit expenses.</summary>
    public decimal EmployerCost { get; init; }

    /// <summary>Motivation M at the end of the quarter.</summary>
    public double Motivation { get; init; }

    /// <summary>Satisfaction Sat at the end of the quarter.</summary>
    public double Satisfaction { get; init; }

    /// <summary>Quit hazard q_j of the quarter.</summary>
    public double QuitProbability { get; init; }

    /// <summary>Why the rep left, or <see cref="DepartureReason.None"/>.</summary>
    public DepartureReason Departure { get; init; }

    /// <summary>The terms of motivation and satisfaction.</summary>
    public MotivationTerms Terms { get; init; } = new();
}
