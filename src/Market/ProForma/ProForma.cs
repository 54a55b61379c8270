namespace NrcGame.Market;

/// <summary>
/// The pro-forma of a firm's decisions (product.md): what they cost for sure, the break-even revenue they imply
/// and the Talley coverage of the team, computed with the engine's own staffing, capacity, payroll and
/// external-charge code — never the market outcome.
/// </summary>
public static class ProForma
{
    /// <summary>Computes the pro-forma of <paramref name="decisions"/> for <paramref name="turn"/> from <paramref name="state"/> among <paramref name="firmCount"/> firms.</summary>
    public static ProFormaResult Compute(MarketScenario scenario, int turn, FirmState state, FirmDecisions decisions, int firmCount)
    {
        var layout = new MarketLayout(scenario, turn, Math.Max(1, firmCount));
        var firm = new FirmWork(state.FirmId, new FirmTurnInput(state, decisions), layout);
        StaffingStep.Apply(firm, layout);
        SalesforceCapacityStep.Apply(firm, layout);
        var parameters = scenario.Salesforce;
        var plan = decisions.Remuneration;
        decimal fixedPay = 0, visits = 0;
        foreach (var rep in firm.Reps)
        {
            Payroll.Pay(rep, 0m, plan with { Bonus = 0m }, parameters);
            if (!LabourLaw.IsSalaried(rep.State.Status)) continue;
            fixedPay += rep.FixedPay + rep.MinimumTopUp;
            if (rep.State.Status == RepStatus.InsideSales) continue;
            visits += Bookkeeping.Cents((decimal)TeamUpdate.VisitsAvailable(rep) * parameters.VisitExpense);
        }
        var charges = Payroll.SocialCharges(fixedPay, parameters.SocialChargeRate);
        var certain = ExternalCharges.Certain(state, decisions, scenario, firm.Reps.Count).ToList();
        decimal Of(params ExternalChargeKind[] kinds) => certain.Where(charge => kinds.Contains(charge.Kind)).Sum(charge => charge.Amount);
        var overheads = state.OverheadsPerQuarter + state.DepreciationPerQuarter;
        var fixedCosts = fixedPay + charges + visits + firm.RecruitingCost + firm.Severance + firm.AgentIndemnities
                         + certain.Sum(charge => charge.Amount) + state.DepreciationPerQuarter;
        var variableRate = VariableCostRate(firm, layout);
        var required = layout.VisitCells.Sum(cell => cell.RequiredVisits);
        return new ProFormaResult
        {
            FixedSalaries = fixedPay,
            SocialCharges = charges,
            Recruiting = firm.RecruitingCost,
            Severance = firm.Severance + firm.AgentIndemnities,
            Training = Of(ExternalChargeKind.Training),
            Stimulation = Of(ExternalChargeKind.Stimulation),
            Communication = Of(ExternalChargeKind.Communication),
            Trade = Of(ExternalChargeKind.ListingFees, ExternalChargeKind.Display),
            Studies = Of(ExternalChargeKind.Studies),
            Overheads = overheads,
            Purchases = scenario.Segments.Sum(segment => decisions.Purchases.TryGetValue(segment.Id, out var units) ? Bookkeeping.Cents(Math.Max(0, units) * segment.UnitPurchaseCost) : 0m),
            FixedCosts = fixedCosts,
            VariableCostRate = variableRate,
            BreakEvenRevenue = variableRate < 1 ? Bookkeeping.Cents(fixedCosts / (decimal)(1 - variableRate)) : 0m,
            Coverage = layout.VisitCells.Select((cell, v) => new CoverageCell(scenario.Territories[cell.Territory].Id, scenario.Channels[cell.Channel].Id,
                cell.RequiredVisits, firm.Effective[v], firm.Coverage[v], firm.SalesforceStock[v])).ToList(),
            OverallCoverage = required > 0 ? firm.Effective.Sum() / required : 0,
            TalleyHeadcount = Talley.Headcount(scenario),
            Headcount = firm.Reps.Count,
        };
    }

    /// <summary>
    /// Variable costs per euro of CA HT at the decided prices, weighting cells by their reference revenue: purchase
    /// cost / net price, coopération, consumer promotion, commissions with social charges (or agents' rate), escompte.
    /// </summary>
    private static double VariableCostRate(FirmWork firm, MarketLayout layout)
    {
        var pricing = firm.Decisions.Pricing;
        var plan = firm.Decisions.Remuneration;
        double rate = 0, weight = 0;
        foreach (var cell in layout.Cells)
        {
            var segment = layout.Segment(cell);
            var channel = layout.Channel(cell);
            var discount = pricing.Discount.TryGetValue(channel.Id, out var remise) ? (double)remise : 0;
            var net = (double)firm.ListPrice[cell.Segment] * (1 - discount) * (1 - (double)pricing.Rebate);
            if (net <= 0) continue;
            var cooperation = firm.Decisions.Promotion.Trade.TryGetValue(channel.Id, out var trade) ? (double)trade.CooperationRate : 0;
            var promotion = segment.Kind == SegmentKind.B2C && pricing.Promotion.TryGetValue(segment.Id, out var delta) ? (double)delta / (1 - channel.IntermediaryMargin) : 0;
            var selling = cell.VisitCell >= 0 ? (double)plan.CommissionRate * (1 + (double)layout.Scenario.Salesforce.SocialChargeRate) : 0;
            var cellRate = (double)segment.UnitPurchaseCost / net + cooperation + promotion + selling + (double)pricing.EarlyPaymentDiscount;
            rate += cellRate * (double)cell.ReferenceLastRevenue;
            weight += (double)cell.ReferenceLastRevenue;
        }
        return weight > 0 ? rate / weight : 0;
    }
}
