using FsCheck.Xunit;
using NrcGame.Market.Tests.Support;

namespace NrcGame.Market.Tests.Properties;

/// <summary>market-model.md §9 property 15: bounds of motivation, satisfaction and quits; legal minimums.</summary>
public class SalesforceProperties
{
    [Property(MaxTest = 200)]
    public void Motivation_satisfaction_and_quit_hazard_stay_in_their_ranges(double expected, double quota, double pay, double overload, byte style, double fairness)
    {
        double Finite(double value) => double.IsFinite(value) ? value : 0;
        var parameters = new SalesforceParameters();
        var expectancy = MotivationModel.Expectancy(Math.Abs(Finite(expected)), Math.Abs(Finite(quota)), 0.2);
        var instrumentality = MotivationModel.Instrumentality(Finite(pay), true, style % 2 == 0);
        var valence = MotivationModel.Valence(Math.Abs(Finite(expected)), Math.Abs(Finite(quota)), Finite(fairness));
        var fit = MotivationModel.StyleFit((ManagementStyle)(style % 4), Finite(fairness));
        var motivation = MotivationModel.Motivation(MotivationModel.BaseMotivation(fit), expectancy, instrumentality, valence);
        var satisfaction = MotivationModel.Satisfaction(Finite(pay), Finite(fairness), Finite(overload), fit, 0.5, 0.5, 0.3, 0.2);
        var quit = MotivationModel.QuitProbability(satisfaction, parameters);
        Assert.InRange(expectancy, 0.0, 1.0);
        Assert.InRange(fit, 0.0, 1.0);
        Assert.InRange(motivation, 0.0, 1.0);
        Assert.InRange(satisfaction, 0.0, 1.0);
        Assert.InRange(quit, 0.02, 0.25);
        Assert.True(MotivationModel.EffortMultiplier(motivation, 0.1, Finite(overload)) >= 0);
    }

    [Property(MaxTest = 10)]
    public void Every_rep_is_paid_at_least_the_legal_minimum(byte[] bytes)
    {
        var market = new TestMarket(firmCount: 2, territoryCount: 2, tune: scenario => scenario with
        {
            Start = scenario.Start with { Reps = [new InitialRepGroup(RepStatus.FieldRep, 2, 3), new InitialRepGroup(RepStatus.VrpExclusive, 2, 3), new InitialRepGroup(RepStatus.InsideSales, 1, 3)] },
        });
        market.Change("f1", decisions => RandomDecisions.Vary(decisions, market.States["f1"], bytes, 1) with
        {
            Remuneration = decisions.Remuneration with { FixedSalary = bytes.Length > 0 ? bytes[0] * 10m : 0m, CommissionRate = 0.001m },
        });
        var reps = market.Resolve().Firms["f1"].SalesTeam.Reps.Where(rep => rep.Departure != DepartureReason.Dismissed).ToList();
        // 520 h × 11,88 € = 6 177,60 € for a VRP exclusif; 455 h × 11,88 € = 5 405,40 € for a salaried rep.
        Assert.All(reps.Where(rep => rep.Status == RepStatus.VrpExclusive), rep => Assert.True(rep.GrossPay >= 6177.60m));
        Assert.All(reps.Where(rep => rep.Status is RepStatus.FieldRep or RepStatus.InsideSales), rep => Assert.True(rep.GrossPay >= 5405.40m));
    }

    [Property(MaxTest = 50)]
    public void No_severance_below_eight_months_of_seniority(decimal salary, byte months)
    {
        var monthly = Math.Abs(salary % 10000m);
        Assert.Equal(0m, LabourLaw.DismissalIndemnity(monthly, months % 8));
        Assert.True(LabourLaw.DismissalIndemnity(monthly, 8 + months) >= 0);
    }

    [Fact]
    public void The_neutral_rep_quits_about_seven_percent_a_quarter()
    {
        // §4.5: pay at market, fair quota, no overload, average style fit, training and recognition (0.5),
        // 30 % variable pay in a CV 0.2 territory: Sat = 0.20 + 0.20 + 0.05 + 0.05 + 0.025 − 0.06 = 0.465.
        var satisfaction = MotivationModel.Satisfaction(1.0, 1.0, 1.0, 0.5, 0.5, 0.5, 0.3, 0.2);
        Assert.Equal(0.465, satisfaction, 12);
        // q = 0.02 + 0.23 / (1 + e^(8 × 0.165)) = 0.02 + 0.23 / 4.7434 = 0.0685.
        Assert.Equal(0.0685, MotivationModel.QuitProbability(satisfaction, new SalesforceParameters()), 4);
    }

    [Fact]
    public void Dismissed_reps_leave_with_their_severance_and_quits_leave_the_next_state()
    {
        var market = new TestMarket(firmCount: 2);
        market.Change("f1", decisions => decisions with { Staffing = decisions.Staffing with { Dismissals = ["r1"] } });
        var result = market.Resolve().Firms["f1"];
        var dismissed = result.SalesTeam.Reps.Single(rep => rep.Id == "r1");
        Assert.Equal(DepartureReason.Dismissed, dismissed.Departure);
        Assert.True(dismissed.Severance > 0);
        Assert.DoesNotContain(result.NextState.Reps, rep => rep.Id == "r1");
        var quits = result.SalesTeam.Reps.Where(rep => rep.Departure == DepartureReason.Quit).Select(rep => rep.Id);
        Assert.All(quits, id => Assert.DoesNotContain(result.NextState.Reps, rep => rep.Id == id));
        Assert.Equal(5 - quits.Count(), result.NextState.Reps.Count);
    }

    [Fact]
    public void A_team_at_Talley_strength_is_not_overloaded_however_new_it_is()
    {
        // Overload_j = assigned required visits / C_j (§8.2 step 3): the standard market sizes the accounts so that 6 reps
        // cover the Talley workload exactly. Newcomers (ramp 0.35) yield less per call but have the same calls to make.
        double Overload(int tenure)
        {
            var market = new TestMarket(tune: scenario => scenario with { Start = scenario.Start with { Reps = [new InitialRepGroup(RepStatus.FieldRep, 6, tenure)] } });
            var reps = market.Resolve().Firms["f1"].SalesTeam.Reps;
            Assert.All(reps, rep => Assert.Equal(reps[0].Terms.Overload, rep.Terms.Overload, 12));
            return reps[0].Terms.Overload;
        }
        Assert.Equal(1.0, Overload(tenure: 0), 6);
        Assert.Equal(1.0, Overload(tenure: 12), 6);
    }
}
