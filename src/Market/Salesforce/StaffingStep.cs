namespace NrcGame.Market;

/// <summary>
/// Step 2 of market-model.md §8.2: dismissals at the start of the quarter (legal severance, agent indemnity),
/// arrivals of reps hired earlier, new hires (recruiting cost now, arrival after the lead time).
/// </summary>
internal static class StaffingStep
{
    public static void Apply(FirmWork firm, MarketLayout layout)
    {
        var parameters = layout.Scenario.Salesforce;
        var dismissed = firm.Decisions.Staffing.Dismissals.ToHashSet(StringComparer.Ordinal);
        firm.NextRepNumber = firm.State.NextRepNumber;
        foreach (var rep in firm.State.Reps)
        {
            if (!dismissed.Contains(rep.Id))
            {
                firm.Reps.Add(new RepWork(rep, layout.VisitCells.Count));
                continue;
            }
            if (rep.Status == RepStatus.Agent)
            {
                var indemnity = LabourLaw.AgentIndemnity(rep.LastCommission, parameters.AgentIndemnityQuarters);
                firm.AgentIndemnities += indemnity;
                firm.Dismissed.Add((rep, indemnity));
            }
            else
            {
                var monthly = Math.Round((rep.LastGrossPay > 0 ? rep.LastGrossPay : firm.Decisions.Remuneration.FixedSalary) / 3m, 2);
                var severance = LabourLaw.DismissalIndemnity(monthly, rep.TenureQuarters * 3);
                firm.Severance += severance;
                firm.Dismissed.Add((rep, severance));
            }
        }
        foreach (var pending in firm.State.PendingHires)
        {
            if (pending.ArrivalTurn <= layout.Turn) firm.Reps.Add(new RepWork(NewRep(pending.Id, pending.Status), layout.VisitCells.Count));
            else firm.PendingHires.Add(pending);
        }
        foreach (var order in firm.Decisions.Staffing.Hires)
        {
            for (var index = 0; index < order.Count; index++)
            {
                var id = $"r{firm.NextRepNumber++}";
                firm.RecruitingCost += RecruitingCost(parameters);
                if (parameters.HiringLeadQuarters <= 0) firm.Reps.Add(new RepWork(NewRep(id, order.Status), layout.VisitCells.Count));
                else firm.PendingHires.Add(new PendingHire(id, order.Status, layout.Turn + parameters.HiringLeadQuarters));
            }
        }
    }

    /// <summary>Recruiting cost of one rep: a share of a year of market pay (§3.3: 20 %).</summary>
    public static decimal RecruitingCost(SalesforceParameters parameters) =>
        Math.Round(parameters.HiringCostShare * 4m * parameters.MarketPayQuarterly, 2);

    private static RepState NewRep(string id, RepStatus status) => new() { Id = id, Status = status, TenureQuarters = 0 };
}
