namespace NrcGame.Market;

/// <summary>
/// Step 3 of market-model.md §8.2: visits available per rep (C_j = days·visits/day·(1 − admin)·(1 − τ_k)·θ_j),
/// ramp-up and training skill, quotas and start-of-quarter motivation (§4.5), effective visits, Talley coverage
/// CR = E/W and the salesforce stock S_t = λ'·S_{t−1} + (1 − λ)·(1 + ψ(p − ½))·CR_t.
/// </summary>
internal static class SalesforceCapacityStep
{
    public static void Apply(FirmWork firm, MarketLayout layout)
    {
        var scenario = layout.Scenario;
        var parameters = scenario.Salesforce;
        var plan = firm.Decisions.Remuneration;
        var visitCells = layout.VisitCells;
        var lastRevenue = LastRevenueByVisitCell(firm.State, layout);
        var potential = PotentialByVisitCell(layout);
        var externalRatio = ExternalAttractiveness(firm, layout, lastRevenue);
        var trainingDays = firm.Decisions.Staffing.TrainingDaysPerRep;
        // Σ_j x_j·C_j per visit cell: the visits the team has there, before ramp-up, skill and effort (for the overload).
        var teamVisits = new double[visitCells.Count];

        foreach (var rep in firm.Reps)
        {
            Allocate(rep, firm.Decisions.Allocation, layout);
            rep.TimeShare = TimeShare(rep.State.Status, externalRatio, parameters);
            rep.Ramp = 1 - (1 - parameters.RampStart) * Math.Exp(-rep.State.TenureQuarters / parameters.RampQuarters);
            rep.TrainingStock = 0.75 * rep.State.TrainingDays + trainingDays;
            rep.Skill = 1 + parameters.TrainingSkillGain * rep.TrainingStock / (rep.TrainingStock + parameters.TrainingHalfDays);
            var inside = rep.State.Status == RepStatus.InsideSales;
            rep.VisitRates = inside ? layout.InsideVisitRates : layout.FieldVisitRates;
            rep.CapacityScale = Math.Max(0, parameters.WorkingDaysPerQuarter - trainingDays) * (1 - parameters.AdminShare) * rep.TimeShare;
            rep.ContactWeight = inside ? parameters.InsideSalesEffectiveness : 1;
            for (var v = 0; v < visitCells.Count; v++)
            {
                firm.Nominal[v] += rep.Nominal(v);
                teamVisits[v] += rep.Allocation[v] * rep.Capacity(v);
            }
            rep.FullTimeEquivalent = rep.TimeShare * rep.Allocation.Sum();
        }

        AssignQuotas(firm, layout, lastRevenue, potential);
        var boost = MotivationModel.StimulationBoost(plan.StimulationBudget, firm.Reps.Count, parameters);
        foreach (var rep in firm.Reps)
        {
            var overload = Overload(rep, teamVisits, layout);
            rep.Terms = StartTerms(rep, plan, boost, overload, firm, scenario);
            rep.Motivation = MotivationModel.Motivation(rep.Terms.BaseMotivation, rep.Terms.Expectancy, rep.Terms.Instrumentality, rep.Terms.Valence);
            rep.EffortMultiplier = rep.Terms.EffortMultiplier;
            for (var v = 0; v < visitCells.Count; v++) firm.Effective[v] += rep.Effective(v);
        }

        var prospection = firm.Decisions.Allocation.ProspectionShare;
        var retention = parameters.SalesforceRetention * (1 + parameters.ProspectionEffect * (0.5 - prospection));
        var build = (1 - parameters.SalesforceRetention) * (1 + parameters.ProspectionEffect * (prospection - 0.5));
        for (var v = 0; v < visitCells.Count; v++)
        {
            firm.Coverage[v] = firm.Effective[v] / visitCells[v].RequiredVisits;
            var previous = CellStock.Of(firm.State.SalesforceStock, scenario.Territories[visitCells[v].Territory].Id, scenario.Channels[visitCells[v].Channel].Id);
            firm.SalesforceStock[v] = retention * previous + build * firm.Coverage[v];
        }
    }

    /// <summary>Start-of-quarter motivation terms of a rep (§4.5), from his expected sales, quota and pay plan.</summary>
    private static MotivationTerms StartTerms(RepWork rep, RemunerationDecisions plan, double boost, double overload, FirmWork firm, MarketScenario scenario)
    {
        var parameters = scenario.Salesforce;
        var (variable, target) = TargetPay(rep, plan, firm, scenario);
        var share = target > 0 ? variable / target : 0;
        var external = LabourLaw.IsExternal(rep.State.Status);
        var quota = (double)rep.Quota;
        var slack = !external && quota > 0 && rep.ExpectedSales / quota > 1.2 && plan.OverQuotaRate == 0;
        var maturity = (Math.Min(1.0, rep.State.TenureQuarters / 8.0) + (rep.Skill - 1) / parameters.TrainingSkillGain + rep.State.Motivation) / 3.0;
        var fit = MotivationModel.StyleFit(plan.ManagementStyle, maturity);
        var recognition = parameters.StimulationMaxBoost > 0 ? boost / parameters.StimulationMaxBoost : 0;
        var expectancy = external ? 1.0 : MotivationModel.Expectancy(rep.ExpectedSales, quota, rep.Volatility);
        var instrumentality = MotivationModel.Instrumentality(share, variable > 0, slack);
        var valence = MotivationModel.Valence(variable, target, recognition);
        var baseMotivation = MotivationModel.BaseMotivation(fit);
        var motivation = MotivationModel.Motivation(baseMotivation, expectancy, instrumentality, valence);
        return new MotivationTerms
        {
            Expectancy = expectancy,
            Instrumentality = instrumentality,
            Valence = valence,
            StyleFit = fit,
            BaseMotivation = baseMotivation,
            Fairness = rep.Fairness,
            EffortMultiplier = MotivationModel.EffortMultiplier(motivation, boost, overload),
            Overload = overload,
            StimulationBoost = boost,
            RiskPenalty = share * rep.Volatility,
        };
    }

    /// <summary>Variable pay at quota and total target pay of a quarter (the pay mix, §4.2).</summary>
    internal static (double Variable, double Target) TargetPay(RepWork rep, RemunerationDecisions plan, FirmWork firm, MarketScenario scenario)
    {
        if (LabourLaw.IsExternal(rep.State.Status))
        {
            var commission = (double)plan.ExternalCommissionRate * rep.ExpectedSales;
            return (commission, commission);
        }
        var baseAtQuota = (double)rep.Quota * (plan.CommissionBase == CommissionBase.Margin ? ListMarginRate(firm, scenario) : 1.0);
        var variable = (double)plan.CommissionRate * baseAtQuota + (rep.Quota > 0 ? (double)plan.Bonus : 0);
        return (variable, (double)plan.FixedSalary + variable);
    }

    /// <summary>Average taux de marque at list prices, the expected margin per euro of CA.</summary>
    internal static double ListMarginRate(FirmWork firm, MarketScenario scenario)
    {
        var total = 0.0;
        for (var s = 0; s < scenario.Segments.Count; s++)
            total += firm.ListPrice[s] > 0 ? (double)((firm.ListPrice[s] - scenario.Segments[s].UnitPurchaseCost) / firm.ListPrice[s]) : 0;
        return scenario.Segments.Count > 0 ? total / scenario.Segments.Count : 0;
    }

    private static void Allocate(RepWork rep, AllocationDecisions allocation, MarketLayout layout)
    {
        var split = allocation.PerRep.TryGetValue(rep.State.Id, out var own) ? own : allocation.Default;
        for (var k = 0; k < split.Count; k++)
        {
            var part = split[k];
            if (!layout.TerritoryIndex.TryGetValue(part.Territory, out var t) || !layout.ChannelIndex.TryGetValue(part.Channel, out var c)) continue;
            var v = layout.VisitCellOf[t, c];
            if (v >= 0) rep.Allocation[v] += Math.Max(0, part.Share);
        }
        var sum = rep.Allocation.Sum();
        if (sum > 1)
        {
            for (var v = 0; v < rep.Allocation.Length; v++) rep.Allocation[v] /= sum;
        }
    }

    /// <summary>θ_j (§3.3): 1 for employees; clamp(θ0·(π/π_ref)^ρ) for multicartes and agents.</summary>
    private static double TimeShare(RepStatus status, double attractiveness, SalesforceParameters parameters)
    {
        if (!LabourLaw.IsExternal(status)) return 1.0;
        var rho = status == RepStatus.Agent ? parameters.AgentCommissionResponse : parameters.MulticarteCommissionResponse;
        var share = attractiveness > 0 ? parameters.ExternalTimeShare * Math.Pow(attractiveness, rho) : 0;
        return Math.Clamp(share, parameters.ExternalTimeShareMin, parameters.ExternalTimeShareMax);
    }

    /// <summary>π_i/π_ref: our commission rate × our sales per visit, relative to the reference firm's.</summary>
    private static double ExternalAttractiveness(FirmWork firm, MarketLayout layout, double[] lastRevenue)
    {
        var reference = layout.Cells.Where(cell => cell.VisitCell >= 0).Sum(cell => (double)cell.ReferenceLastRevenue);
        var own = lastRevenue.Sum();
        var rate = (double)firm.Decisions.Remuneration.ExternalCommissionRate / (double)layout.Scenario.Salesforce.ReferenceExternalCommission;
        return reference > 0 ? rate * own / reference : rate;
    }

    private static void AssignQuotas(FirmWork firm, MarketLayout layout, double[] lastRevenue, double[] potential)
    {
        var plan = firm.Decisions.Remuneration;
        var totalFte = 0.0;
        var totalPotential = 0.0;
        foreach (var rep in firm.Reps)
        {
            double expected = 0, value = 0, volatility = 0, weight = 0;
            for (var v = 0; v < layout.VisitCells.Count; v++)
            {
                var nominal = rep.Nominal(v);
                if (firm.Nominal[v] <= 0 || nominal <= 0) continue;
                var part = nominal / firm.Nominal[v];
                expected += part * lastRevenue[v];
                value += part * potential[v];
                volatility += nominal * layout.Scenario.Territories[layout.VisitCells[v].Territory].Volatility;
                weight += nominal;
            }
            rep.ExpectedSales = expected;
            rep.PotentialValue = value;
            rep.Volatility = weight > 0 ? volatility / weight : 0.2;
            totalFte += rep.FullTimeEquivalent;
            totalPotential += value;
        }
        foreach (var rep in firm.Reps)
        {
            rep.Quota = plan.QuotaRule switch
            {
                QuotaRule.Ratchet when rep.State.LastQuota > 0 => Quotas.Ratchet(rep.State.LastQuota, rep.State.LastSales),
                QuotaRule.ProportionalToPotential when totalPotential > 0 => Math.Round((decimal)((double)plan.Quota * totalFte * rep.PotentialValue / totalPotential), 2),
                _ => Math.Round((decimal)((double)plan.Quota * rep.FullTimeEquivalent), 2),
            };
        }
        var ratios = firm.Reps.Where(rep => rep.PotentialValue > 0).Select(rep => (double)rep.Quota / rep.PotentialValue).ToList();
        var mean = ratios.Count > 0 ? ratios.Average() : 0;
        foreach (var rep in firm.Reps)
        {
            var fairness = rep.PotentialValue > 0 && mean > 0 ? Math.Max(0, 1 - Math.Abs((double)rep.Quota / rep.PotentialValue / mean - 1)) : 1.0;
            rep.Fairness = fairness;
        }
    }

    /// <summary>
    /// Overload_j = assigned required visits / C_j (§8.2 step 3): in each of his cells the rep carries the Talley workload
    /// W in proportion to his visits x_j·C_j among the team's Σ x·C there. Visits, not ramped or trained output: a
    /// newcomer has as many calls to make as a veteran (ramp-up lowers what the calls yield, not the workload felt),
    /// so a team at Talley strength reads ≈ 1 whatever its tenure.
    /// </summary>
    private static double Overload(RepWork rep, double[] teamVisits, MarketLayout layout)
    {
        double load = 0, capacity = 0;
        for (var v = 0; v < layout.VisitCells.Count; v++)
        {
            var assigned = rep.Allocation[v] * rep.Capacity(v);
            if (assigned <= 0 || teamVisits[v] <= 0) continue;
            load += assigned * layout.VisitCells[v].RequiredVisits / teamVisits[v];
            capacity += assigned;
        }
        return capacity > 0 ? load / capacity : 0;
    }

    private static double[] LastRevenueByVisitCell(FirmState state, MarketLayout layout)
    {
        var revenue = new double[layout.VisitCells.Count];
        for (var k = 0; k < state.LastSales.Count; k++)
        {
            var sale = state.LastSales[k];
            if (!layout.TerritoryIndex.TryGetValue(sale.Territory, out var t) || !layout.ChannelIndex.TryGetValue(sale.Channel, out var c)) continue;
            var v = layout.VisitCellOf[t, c];
            if (v >= 0) revenue[v] += (double)sale.RevenueHt;
        }
        return revenue;
    }

    private static double[] PotentialByVisitCell(MarketLayout layout)
    {
        var potential = new double[layout.VisitCells.Count];
        foreach (var cell in layout.Cells.Where(cell => cell.VisitCell >= 0))
            potential[cell.VisitCell] += cell.BaseVolume * (double)layout.Segment(cell).ReferencePrice;
        return potential;
    }
}
