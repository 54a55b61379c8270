namespace NrcGame.Market;

/// <summary>French legal amounts of the salesforce (market-model.md §3.3, §7.1b), as taught in BTS NDRC.</summary>
public static class LabourLaw
{
    /// <summary>Hours of a full-time quarter (151.67 h a month × 3, rounded).</summary>
    public const decimal FullTimeHoursPerQuarter = 455m;

    /// <summary>
    /// Indemnité légale de licenciement (rule since September 2017): ¼ month of salary per year of seniority up to
    /// 10 years, ⅓ month per year beyond; nothing below 8 months of seniority. Rounded to the cent.
    /// </summary>
    /// <param name="monthlySalary">Reference gross monthly salary.</param>
    /// <param name="seniorityMonths">Seniority in months.</param>
    public static decimal DismissalIndemnity(decimal monthlySalary, int seniorityMonths)
    {
        if (seniorityMonths < 8) return 0m;
        var years = seniorityMonths / 12m;
        var months = Math.Min(years, 10m) / 4m + Math.Max(0m, years - 10m) / 3m;
        return Math.Round(monthlySalary * months, 2, MidpointRounding.AwayFromZero);
    }

    /// <summary>End-of-contract indemnity of an agent commercial: customarily 2 years of commissions (Code de commerce L134-12).</summary>
    /// <param name="quarterlyCommission">Commissions of a typical quarter.</param>
    /// <param name="quarters">Quarters of commissions owed (8 = 2 years).</param>
    public static decimal AgentIndemnity(decimal quarterlyCommission, int quarters) => quarterlyCommission * quarters;

    /// <summary>Gross pay a rep must receive in the quarter whatever his sales: SMIC for salaried reps, 520 × SMIC horaire for a VRP exclusif, nothing for multicartes and agents.</summary>
    public static decimal QuarterlyMinimum(RepStatus status, SalesforceParameters parameters) => status switch
    {
        RepStatus.FieldRep or RepStatus.InsideSales => Math.Round(FullTimeHoursPerQuarter * parameters.SmicHourly, 2),
        RepStatus.VrpExclusive => Math.Round(parameters.VrpMinimumHours * parameters.SmicHourly, 2),
        _ => 0m,
    };

    /// <summary>Whether the firm pays employer social charges on the rep's pay (every status but the independent agent).</summary>
    public static bool IsSalaried(RepStatus status) => status != RepStatus.Agent;

    /// <summary>Whether the rep is paid by commission only and shares his time with other principals (multicarte, agent).</summary>
    public static bool IsExternal(RepStatus status) => status is RepStatus.VrpMulticarte or RepStatus.Agent;
}
