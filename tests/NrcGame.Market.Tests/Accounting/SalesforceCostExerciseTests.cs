using NrcGame.Market.Accounting.Formulas;

namespace NrcGame.Market.Tests.Accounting;

/// <summary>Worked exercises on the cost of sales reps under French rules (§3.3, §7.5).</summary>
public sealed class SalesforceCostExerciseTests
{
    [Fact]
    public void Exercise_13_quarterly_cost_of_a_salaried_rep_with_commission_and_social_charges()
    {
        // Fixe 2 000 €/mois brut → 6 000 € le trimestre; commission 3 % d'un CA de 150 000 € = 4 500 €.
        // Brut = 6 000 + 4 500 = 10 500 €; charges patronales 42 % = 4 410 €; coût = 10 500 × 1,42 = 14 910 €.
        // Coût de la force de vente / CA = 14 910 / 150 000 = 0,0994 (9,94 %, sous le repère de 10 %).
        var commission = SalesforceCosts.Commission(150_000m, 0.03m);
        var cost = SalesforceCosts.SalariedRepCost(6_000m, commission, 0m, 0.42m);

        Assert.Equal(4_500m, commission);
        Assert.Equal(4_410m, SalesforceCosts.EmployerSocialCharges(10_500m, 0.42m));
        Assert.Equal(14_910m, cost);
        Assert.Equal(0.0994m, CommercialKpis.SalesforceCostRatio(cost, 150_000m));
    }

    [Fact]
    public void Exercise_14_agent_commercial_commission_and_end_of_contract_indemnity()
    {
        // Agent à 10 % sur 150 000 € de CA: commission = 15 000 € (honoraires, compte 622, sans charges sociales).
        // Rupture: commissions annuelles moyennes 60 000 € × 2 ans = 120 000 €.
        Assert.Equal(15_000m, SalesforceCosts.Commission(150_000m, 0.10m));
        Assert.Equal(120_000m, SalesforceCosts.AgentEndOfContractIndemnity(60_000m));
    }

    [Fact]
    public void Exercise_15_indemnité_légale_de_licenciement()
    {
        // Salaire de référence 2 400 €.
        // 12 ans: 10 × ¼ × 2 400 = 6 000 + 2 × ⅓ × 2 400 = 1 600 → 7 600 €.
        // 5 ans et 6 mois (66 mois): 5,5 × ¼ × 2 400 = 3 300 €.
        // 7 mois: moins de 8 mois d'ancienneté → 0 €.
        Assert.Equal(7_600m, Math.Round(SalesforceCosts.LegalDismissalIndemnity(2_400m, 144), 2));
        Assert.Equal(3_300m, SalesforceCosts.LegalDismissalIndemnity(2_400m, 66));
        Assert.Equal(0m, SalesforceCosts.LegalDismissalIndemnity(2_400m, 7));
    }

    [Fact]
    public void Exercise_16_VRP_exclusif_guaranteed_minimum_and_hiring_cost()
    {
        // Minimum trimestriel = 520 × 11,88 € = 6 177,60 €. Gains du trimestre 5 000 € → complément 1 177,60 €.
        // Recrutement: 20 % d'un brut annuel de 30 000 € = 6 000 €.
        Assert.Equal(6_177.60m, SalesforceCosts.VrpExclusiveQuarterlyMinimum(11.88m));
        Assert.Equal(1_177.60m, SalesforceCosts.VrpExclusiveTopUp(5_000m, 11.88m));
        Assert.Equal(0m, SalesforceCosts.VrpExclusiveTopUp(7_000m, 11.88m));
        Assert.Equal(6_000m, SalesforceCosts.HiringCost(30_000m, 0.20m));
    }

    [Fact]
    public void Exercise_17_commercial_ratios_of_the_tableau_de_bord()
    {
        // CA 900 000 € pour 6 commerciaux → 150 000 € par commercial.
        // 84 commandes pour 420 visites → taux de transformation 84 / 420 = 0,20.
        // 330 visites réalisées pour 400 requises → couverture 0,825.
        // Impayés 3 600 € sur 240 000 € TTC facturés à crédit → 0,015 (1,5 %).
        // 2 départs pour un effectif moyen de 8 → turnover 0,25.
        Assert.Equal(150_000m, CommercialKpis.TurnoverPerRep(900_000m, 6m));
        Assert.Equal(0.20m, CommercialKpis.ConversionRate(84m, 420m));
        Assert.Equal(0.825m, CommercialKpis.Coverage(330m, 400m));
        Assert.Equal(0.015m, CommercialKpis.BadDebtRate(3_600m, 240_000m));
        Assert.Equal(0.25m, CommercialKpis.RepTurnoverRate(2m, 8m));
        Assert.Equal(0m, CommercialKpis.TurnoverPerRep(900_000m, 0m));
    }
}
