namespace NrcGame.Market;

/// <summary>
/// Step 16 of market-model.md §8.2: realised attainment and pay, satisfaction and end-of-quarter motivation
/// (§4.5), seeded quits (one stream per rep), tenure + 1; produces the sales-team report lines and the reps
/// carried into the next quarter.
/// </summary>
internal static class TeamUpdate
{
    public static (List<RepReport> Reports, List<RepState> Next, int Quits) Apply(FirmWork firm, MarketLayout layout, ulong seed)
    {
        var parameters = layout.Scenario.Salesforce;
        var reports = new List<RepReport>(firm.Reps.Count + firm.Dismissed.Count);
        var next = new List<RepState>(firm.Reps.Count);
        var quits = 0;
        foreach (var (rep, severance) in firm.Dismissed)
        {
            reports.Add(new RepReport
            {
                Id = rep.Id, Status = rep.Status, TenureQuarters = rep.TenureQuarters, Motivation = rep.Motivation,
                Satisfaction = rep.Satisfaction, Severance = severance, EmployerCost = severance, Departure = DepartureReason.Dismissed,
            });
        }
        foreach (var rep in firm.Reps)
        {
            var terms = rep.Terms;
            var (variable, target) = SalesforceCapacityStep.TargetPay(rep, firm.Decisions.Remuneration, firm, layout.Scenario);
            var share = target > 0 ? variable / target : 0;
            var market = (double)parameters.MarketPayQuarterly * rep.TimeShare;
            var payRatio = market > 0 ? (double)rep.GrossPay / market : 1;
            var training = rep.TrainingStock / (rep.TrainingStock + parameters.TrainingHalfDays);
            var recognition = parameters.StimulationMaxBoost > 0 ? terms.StimulationBoost / parameters.StimulationMaxBoost : 0;
            var satisfaction = MotivationModel.Satisfaction(payRatio, terms.Fairness, terms.Overload, terms.StyleFit, training, recognition, share, rep.Volatility);
            var quitProbability = MotivationModel.QuitProbability(satisfaction, parameters);
            var random = SeededRandom.For(seed, layout.Turn, firm.Id, "quit", rep.State.Id);
            var quit = random.NextUniform() < quitProbability;
            var expectancy = LabourLaw.IsExternal(rep.State.Status) ? 1.0 : MotivationModel.Expectancy((double)rep.Sales, (double)rep.Quota, rep.Volatility);
            var motivation = MotivationModel.Motivation(terms.BaseMotivation, expectancy, terms.Instrumentality, terms.Valence);
            var visits = 0.0;
            for (var v = 0; v < rep.Allocation.Length; v++) visits += rep.Effective(v);
            reports.Add(new RepReport
            {
                Id = rep.State.Id,
                Status = rep.State.Status,
                TenureQuarters = rep.State.TenureQuarters,
                TimeShare = rep.TimeShare,
                Ramp = rep.Ramp,
                Skill = rep.Skill,
                VisitCapacity = VisitsAvailable(rep),
                EffectiveVisits = visits,
                Quota = rep.Quota,
                Sales = rep.Sales,
                Attainment = rep.Quota > 0 ? (double)(rep.Sales / rep.Quota) : 0,
                FixedPay = rep.FixedPay,
                Commission = rep.Commission,
                Bonus = rep.Bonus,
                MinimumTopUp = rep.MinimumTopUp,
                GrossPay = rep.GrossPay,
                EmployerCost = rep.GrossPay + rep.SocialCharges + rep.VisitExpenses,
                Motivation = motivation,
                Satisfaction = satisfaction,
                QuitProbability = quitProbability,
                Departure = quit ? DepartureReason.Quit : DepartureReason.None,
                Terms = terms with { PayRatio = payRatio },
            });
            if (quit)
            {
                quits++;
                continue;
            }
            next.Add(rep.State with
            {
                TenureQuarters = rep.State.TenureQuarters + 1,
                TrainingDays = rep.TrainingStock,
                Motivation = motivation,
                Satisfaction = satisfaction,
                LastQuota = rep.Quota,
                LastSales = rep.Sales,
                LastCommission = rep.Commission,
                LastGrossPay = rep.GrossPay,
            });
        }
        return (reports, next, quits);
    }

    /// <summary>Σ x_j·C_j over the rep's cells: the visits his time allocation gives.</summary>
    internal static double VisitsAvailable(RepWork rep)
    {
        var visits = 0.0;
        for (var v = 0; v < rep.Allocation.Length; v++) visits += rep.Allocation[v] * rep.Capacity(v);
        return visits;
    }
}
