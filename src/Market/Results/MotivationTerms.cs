namespace NrcGame.Market;

/// <summary>The terms of a rep's Vroom motivation and satisfaction (market-model.md §4.5), for the debrief.</summary>
public sealed record MotivationTerms
{
    /// <summary>E_j = Φ((Ŝ − Q)/σ): chance of reaching the quota.</summary>
    public double Expectancy { get; init; }

    /// <summary>I_j = 0.1 + 0.9·v·ι (×0.7 when slack after quota).</summary>
    public double Instrumentality { get; init; }

    /// <summary>V_j, value of the variable reward.</summary>
    public double Valence { get; init; }

    /// <summary>Hersey–Blanchard fit between style and team maturity (0–1).</summary>
    public double StyleFit { get; init; }

    /// <summary>m_base = 0.4 + 0.2·style fit.</summary>
    public double BaseMotivation { get; init; }

    /// <summary>Workload assigned / capacity.</summary>
    public double Overload { get; init; }

    /// <summary>Stimulation boost (≤ 10 %).</summary>
    public double StimulationBoost { get; init; }

    /// <summary>e_j = (0.8 + 0.4·M)·(1 + boost)·(1 − 0.15·max(0, overload − 1.1)).</summary>
    public double EffortMultiplier { get; init; }

    /// <summary>Pay term of satisfaction: expected pay / market pay.</summary>
    public double PayRatio { get; init; }

    /// <summary>fairness_j = 1 − |quota/potential of j ÷ team average − 1|, floored at 0.</summary>
    public double Fairness { get; init; }

    /// <summary>ρ·v·CV: agency risk penalty.</summary>
    public double RiskPenalty { get; init; }
}
