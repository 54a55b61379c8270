namespace NrcGame.Market;

/// <summary>
/// Pay of a rep for the quarter (market-model.md §4.4, §8.2 step 12): fixed salary (salaried reps except
/// multicartes), commission on the chosen base with the over-quota rate c⁺, bonus at 100 % of quota, cap on the
/// variable part, top-up to the legal minimum, employer social charges except for agents.
/// </summary>
public static class Payroll
{
    /// <summary>Commission = c·min(base, Q) + (c + c⁺)·max(0, base − Q), rounded to the cent; a negative base (a margin loss) earns nothing.</summary>
    public static decimal Commission(decimal commissionBase, decimal quota, decimal rate, decimal overQuotaRate)
    {
        commissionBase = Math.Max(0m, commissionBase);
        var within = quota > 0 ? Math.Min(commissionBase, quota) : commissionBase;
        var above = quota > 0 ? Math.Max(0m, commissionBase - quota) : 0m;
        return Math.Round(rate * within + (rate + overQuotaRate) * above, 2, MidpointRounding.AwayFromZero);
    }

    /// <summary>Employer social charges on a gross pay.</summary>
    public static decimal SocialCharges(decimal grossPay, decimal rate) => Math.Round(grossPay * rate, 2, MidpointRounding.AwayFromZero);

    /// <summary>Fills the pay of <paramref name="rep"/> from its commission base (CA HT, margin or cash collected, already attributed).</summary>
    internal static void Pay(RepWork rep, decimal commissionBase, RemunerationDecisions plan, SalesforceParameters parameters)
    {
        var status = rep.State.Status;
        if (LabourLaw.IsExternal(status))
        {
            rep.Commission = Commission(rep.Sales, 0m, plan.ExternalCommissionRate, 0m);
        }
        else
        {
            rep.FixedPay = Bookkeeping.Cents(plan.FixedSalary);
            var commission = Commission(commissionBase, rep.Quota, plan.CommissionRate, plan.OverQuotaRate);
            var bonus = rep.Quota > 0 && rep.Sales >= rep.Quota ? Bookkeeping.Cents(plan.Bonus) : 0m;
            var cap = Bookkeeping.Cents(plan.VariableCap);
            if (cap > 0 && commission + bonus > cap)
            {
                bonus = Math.Min(bonus, cap);
                commission = cap - bonus;
            }
            rep.Commission = commission;
            rep.Bonus = bonus;
        }
        rep.MinimumTopUp = Math.Max(0m, LabourLaw.QuarterlyMinimum(status, parameters) - (rep.FixedPay + rep.Commission + rep.Bonus));
        rep.SocialCharges = LabourLaw.IsSalaried(status) ? SocialCharges(rep.GrossPay, parameters.SocialChargeRate) : 0m;
    }
}
