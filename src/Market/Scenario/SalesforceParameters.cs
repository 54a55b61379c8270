namespace NrcGame.Market;

/// <summary>Salesforce, pay and turnover parameters (market-model.md §3, §4, §8.4).</summary>
public sealed record SalesforceParameters
{
    /// <summary>Working days per quarter (55).</summary>
    public double WorkingDaysPerQuarter { get; init; } = 55;

    /// <summary>Share of time spent on administration (20 %).</summary>
    public double AdminShare { get; init; } = 0.2;

    /// <summary>λ_S, retention of the salesforce relationship stock per quarter (0.25, §2.3, §8.4).</summary>
    public double SalesforceRetention { get; init; } = 0.25;

    /// <summary>ψ [A]: how much the prospection share speeds the build-up of the salesforce stock (and fidélisation its retention); 0.5 is neutral.</summary>
    public double ProspectionEffect { get; init; } = 0.4;

    /// <summary>Ramp-up productivity at hire r0 (0.35, §3.3).</summary>
    public double RampStart { get; init; } = 0.35;

    /// <summary>Ramp-up time constant τ in quarters (1.2, §3.3).</summary>
    public double RampQuarters { get; init; } = 1.2;

    /// <summary>Quarters between a hire decision and the rep's arrival (1, §8.4).</summary>
    public int HiringLeadQuarters { get; init; } = 1;

    /// <summary>Recruiting cost as a share of annual gross target pay (20 %, §8.4).</summary>
    public decimal HiringCostShare { get; init; } = 0.20m;

    /// <summary>Employer social charges on gross pay (42 %, §8.4).</summary>
    public decimal SocialChargeRate { get; init; } = 0.42m;

    /// <summary>SMIC horaire (11.88 € in 2025, §3.3).</summary>
    public decimal SmicHourly { get; init; } = 11.88m;

    /// <summary>Hours of SMIC guaranteed to a VRP exclusif each quarter (520, §3.3).</summary>
    public decimal VrpMinimumHours { get; init; } = 520m;

    /// <summary>Market total pay of a field rep per quarter, the yardstick of pay satisfaction (§4.5).</summary>
    public decimal MarketPayQuarterly { get; init; } = 9000m;

    /// <summary>Expense per field visit, travel and meals (€).</summary>
    public decimal VisitExpense { get; init; } = 12m;

    /// <summary>Cost of one training day per rep (€).</summary>
    public decimal TrainingCostPerDay { get; init; } = 350m;

    /// <summary>Maximum skill gain from training (+15 %, §3.3).</summary>
    public double TrainingSkillGain { get; init; } = 0.15;

    /// <summary>Training days (cumulated, decaying) giving half the skill gain.</summary>
    public double TrainingHalfDays { get; init; } = 4;

    /// <summary>Maximum effort boost from stimulation (10 %, §4.5).</summary>
    public double StimulationMaxBoost { get; init; } = 0.10;

    /// <summary>Stimulation budget per rep giving half the maximum boost (€).</summary>
    public decimal StimulationHalfPerRep { get; init; } = 300m;

    /// <summary>Visits multiplier of inside (phone) sales compared with a field rep: no travel, more contacts.</summary>
    public double InsideSalesVisitFactor { get; init; } = 2.5;

    /// <summary>Weight of one phone contact in effective visits.</summary>
    public double InsideSalesEffectiveness { get; init; } = 0.4;

    /// <summary>θ_0, share of a multicarte/agent's time at the reference commission (0.3, §3.3).</summary>
    public double ExternalTimeShare { get; init; } = 0.3;

    /// <summary>ρ of a VRP multicarte's time-share response to commission (1, §3.3).</summary>
    public double MulticarteCommissionResponse { get; init; } = 1.0;

    /// <summary>ρ of an agent commercial's time-share response to commission (1.5, §4.5).</summary>
    public double AgentCommissionResponse { get; init; } = 1.5;

    /// <summary>Commission rate at which an external rep gives the reference time share (10 %, §8.4).</summary>
    public decimal ReferenceExternalCommission { get; init; } = 0.10m;

    /// <summary>Minimum and maximum external time share (0.1, 0.6, §3.3).</summary>
    public double ExternalTimeShareMin { get; init; } = 0.1;

    /// <summary>Maximum external time share.</summary>
    public double ExternalTimeShareMax { get; init; } = 0.6;

    /// <summary>Quarters of commissions paid as an agent's end-of-contract indemnity (2 years = 8, §3.3).</summary>
    public int AgentIndemnityQuarters { get; init; } = 8;

    /// <summary>Floor of the quit hazard per quarter (2 %, §4.5).</summary>
    public double QuitFloor { get; init; } = 0.02;

    /// <summary>Range of the quit hazard above the floor (0.23, §4.5).</summary>
    public double QuitRange { get; init; } = 0.23;

    /// <summary>Satisfaction at which the hazard is halfway (0.3, §4.5).</summary>
    public double QuitMidpoint { get; init; } = 0.3;

    /// <summary>Steepness of the quit logistic (8, §4.5).</summary>
    public double QuitSteepness { get; init; } = 8;
}
