namespace NrcGame.Market.Tests.Worked;

/// <summary>
/// Worked BTS NDRC exercises on the salesforce and credit, each with its arithmetic written out and computed by
/// the engine's own functions (market-model.md §3, §4, §6, §7.1b).
/// </summary>
public class SalesforceExercises
{
    [Fact]
    public void Commission_with_an_over_quota_rate()
    {
        // CA HT 180 000 €, quota 150 000 €, 2 % up to the quota and 2 % + 1 % beyond:
        // 150 000 × 2 % + 30 000 × 3 % = 3 000 + 900 = 3 900 €.
        Assert.Equal(3900m, Payroll.Commission(180000m, 150000m, 0.02m, 0.01m));
        // Below quota, only the base rate: 120 000 × 2 % = 2 400 €.
        Assert.Equal(2400m, Payroll.Commission(120000m, 150000m, 0.02m, 0.01m));
    }

    [Fact]
    public void Quarterly_cost_of_a_salaried_rep_with_social_charges()
    {
        // Fixe 6 300 € + commission 1 % of 160 000 € = 1 600 € + prime 1 080 € = 8 980 € brut;
        // charges patronales 42 % = 3 771,60 €; coût employeur = 12 751,60 €.
        var gross = 6300m + Payroll.Commission(160000m, 0m, 0.01m, 0m) + 1080m;
        Assert.Equal(8980m, gross);
        Assert.Equal(3771.60m, Payroll.SocialCharges(gross, 0.42m));
        Assert.Equal(12751.60m, gross + Payroll.SocialCharges(gross, 0.42m));
    }

    [Fact]
    public void Legal_dismissal_indemnity_below_and_beyond_ten_years()
    {
        // 6 years × ¼ month × 3 000 € = 4 500 €.
        Assert.Equal(4500m, LabourLaw.DismissalIndemnity(3000m, 72));
        // 12 years: 10 × ¼ + 2 × ⅓ = 3,1667 months × 3 000 € = 9 500 €.
        Assert.Equal(9500m, LabourLaw.DismissalIndemnity(3000m, 144));
        // 7 months of seniority: nothing (the 8-month threshold).
        Assert.Equal(0m, LabourLaw.DismissalIndemnity(3000m, 7));
    }

    [Fact]
    public void Guaranteed_minimum_of_a_VRP_exclusif_and_agent_indemnity()
    {
        // 520 × SMIC horaire 11,88 € = 6 177,60 € per quarter.
        Assert.Equal(6177.60m, LabourLaw.QuarterlyMinimum(RepStatus.VrpExclusive, new SalesforceParameters()));
        Assert.Equal(0m, LabourLaw.QuarterlyMinimum(RepStatus.VrpMulticarte, new SalesforceParameters()));
        // Agent commercial, 4 500 € of commissions a quarter: 2 years = 8 quarters × 4 500 € = 36 000 €.
        Assert.Equal(36000m, LabourLaw.AgentIndemnity(4500m, 8));
    }

    [Fact]
    public void Talley_workload_gives_the_theoretical_headcount()
    {
        // One territory without travel, 5 visits a day, 55 days, 20 % admin: 220 visits per rep a quarter.
        // 1 000 accounts × 3 visits = 3 000 visits ÷ 220 = 13,6 → 14 reps (rounded up).
        var scenario = new MarketScenario
        {
            Channels = [new ChannelDefinition { Id = "DIRECT", Kind = ChannelKind.Direct, CallsPerAccount = 3, VisitsPerDay = 5 }],
            Territories = [new TerritoryDefinition { Id = "T1", TravelShare = 0, Accounts = new Dictionary<string, double> { ["DIRECT"] = 1000 } }],
        };
        Assert.Equal(14, Talley.Headcount(scenario));
    }

    [Fact]
    public void Payment_lag_receivables_and_default_probability()
    {
        // 45 days of terms + 10 days of delay = 55 days: 55/90 = 61,1 % of the quarter's sales unpaid at its end,
        // nothing a quarter later (DSO = 55 days in steady state).
        Assert.Equal(55.0 / 90, CreditModel.UnpaidFraction(55, 0), 12);
        Assert.Equal(0.0, CreditModel.UnpaidFraction(55, 1));
        // PD of a class C client (2 %) at 60 days: 2 % × (1 + 0,25 × 30/30) = 2,5 % a quarter.
        Assert.Equal(0.025, CreditModel.DefaultProbability(0.02, 60, 0.25), 12);
    }

    [Fact]
    public void Buyer_price_with_retail_margin_pass_through_and_TVA()
    {
        // List 20 € HT, remise 10 % → 18 € net; hyper taux de marque 25 % → 24 € HT on shelf;
        // coopération 5 % (0,90 € per unit) passed through at 60 % → 24 − 0,54 = 23,46 € HT; TVA 20 % → 28,152 € TTC.
        var segment = new SegmentDefinition { Kind = SegmentKind.B2C, VatRate = 0.20m, Parameters = MarketParameters.ForB2C };
        var channel = new ChannelDefinition { Kind = ChannelKind.Hypermarket, IntermediaryMargin = 0.25 };
        Assert.Equal(28.152, BuyerPrice.Of(segment, channel, new CreditClassDefinition("A", 5, 0.0025, 0.06), 20m, 0.10m, 0.05m, 30), 9);
        // B2B direct, 250 € net, class B (10 %/yr) on 60 days: 250 × (1 − 0,10 × 60/360) = 245,83 €.
        var professionals = new SegmentDefinition { Kind = SegmentKind.B2B, Parameters = MarketParameters.ForB2B };
        var direct = new ChannelDefinition { Kind = ChannelKind.Direct };
        Assert.Equal(245.8333, BuyerPrice.Of(professionals, direct, new CreditClassDefinition("B", 10, 0.0075, 0.10), 250m, 0m, 0m, 60), 4);
    }
}
