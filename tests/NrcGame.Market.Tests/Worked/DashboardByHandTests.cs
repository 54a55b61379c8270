using NrcGame.Market.Accounting;
using NrcGame.Market.Tests.Support;

namespace NrcGame.Market.Tests.Worked;

/// <summary>
/// The tableau de bord of one resolved quarter of the standard market (4 reference firms, turn 1, firm f1) checked by
/// hand against its own statements, with the conventions of market-model.md §7 and §7.1b. The figures below were
/// read off the journal of that quarter and recomputed with a calculator.
/// </summary>
public class DashboardByHandTests
{
    private static readonly Lazy<FirmTurnResult> Quarter = new(() => new TestMarket().Resolve().Firms["f1"]);

    [Fact]
    public void Statements_of_the_quarter_are_the_ones_computed_by_hand()
    {
        var income = Quarter.Value.Statements.Income;
        // 707 Ventes de marchandises 849 691,00 (net commercial: B2C 532 691 + B2B 317 000).
        Assert.Equal(849_691.00m, income.SalesOfGoods);
        // 607 Achats 486 000 (27 000 × 11 + 1 260 × 150) + 6037 variation de stock 20 087 (255 000 − 234 913) = 506 087.
        Assert.Equal(506_087m, income.CostOfGoodsSold);
        Assert.Equal(343_604.00m, income.CommercialMargin);
        // RCAI = 74 154,85; IS = 15 % × 10 625 + 25 % × 63 529,85 = 1 593,75 + 15 882,46 = 17 476,21.
        Assert.Equal(74_154.85m, income.CurrentResultBeforeTax);
        Assert.Equal(17_476.21m, income.IncomeTax);
    }

    [Fact]
    public void Taux_de_marque_taux_de_marge_and_both_coefficients()
    {
        var dashboard = Quarter.Value.Dashboard;
        // Taux de marge = marge / coût d'achat = 343 604 / 506 087 = 67,894 %.
        Assert.Equal(0.67894, dashboard.MarkupRate, 5);
        // Taux de marque = marge / CA HT = 343 604 / 849 691 = 40,439 %.
        Assert.Equal(0.40439, dashboard.MarginRate, 5);
        // Coef. multiplicateur (TTC/HT) = PV TTC / PA HT = 849 691 × 1,20 / 506 087 = 2,0147 (commerce convention).
        Assert.Equal(2.01473, dashboard.MultiplierTtc, 5);
        // Coef. HT/HT = 849 691 / 506 087 = 1,6789 = 1 / (1 − 0,40439).
        Assert.Equal(1.67894, dashboard.MultiplierHt, 5);
    }

    [Fact]
    public void Seuil_de_rentabilite_annualised_and_point_mort()
    {
        var dashboard = Quarter.Value.Dashboard;
        // Variable charges (§7.2): COGS 506 087 + commissions and bonuses 16 639,44 × 1,42 = 23 628,00 (escomptes 0).
        // MCV = 849 691 − 506 087 − 23 628 = 319 976; taux de MCV = 319 976 / 849 691 = 37,658 %.
        Assert.Equal(319_976.00m, dashboard.ContributionMargin);
        // Fixed charges = MCV − RCAI = 319 976 − 74 154,85 = 245 821,15
        // = overheads 90 000 + communication 64 000 + PLV 16 000 + visits 13 068 + fixed salaries 37 800 × 1,42 (53 676)
        //   + depreciation 5 000 + provision 4 077,15.
        Assert.Equal(245_821.15m, dashboard.FixedCosts);
        Assert.Equal(90_000m + 64_000m + 16_000m + 13_068m + 37_800m * 1.42m + 5_000m + 4_077.15m, dashboard.FixedCosts);
        // SR annualised = 4 × CF / taux de MCV = 983 284,60 / 0,376582… = 2 611 096,07 €.
        Assert.Equal(2_611_096.07m, dashboard.BreakEvenRevenue);
        // Point mort = SR / CA annualised × 360 = 2 611 096,07 / 3 398 764 × 360 = 276,57 days (ratio not rounded),
        // i.e. 9 months of 30 days + 6,57 days: reached on 7 October.
        Assert.Equal(276.57, dashboard.BreakEvenDays, 2);
        // Marge de sécurité = CA annualised − SR = 3 398 764 − 2 611 096,07 = 787 667,93 €.
        Assert.Equal(787_667.93m, dashboard.SafetyMargin);
    }

    [Fact]
    public void BFR_and_délai_clients()
    {
        var result = Quarter.Value;
        var working = result.Statements.WorkingCapital;
        // BFR = stocks 234 913 + clients 469 410 + TVA à récupérer 0 − fournisseurs 291 600 − dettes fiscales et sociales
        // d'exploitation (TVA à décaisser) 36 124,60 − IS à payer 17 476,21 = 359 122,19.
        Assert.Equal(234_913m, working.Inventory);
        Assert.Equal(469_410.00m, working.TradeReceivables);
        Assert.Equal(291_600.00m, working.TradePayables);
        Assert.Equal(359_122.19m, working.Need);
        // In days of CA HT on quarterly flows: 359 122,19 / 849 691 × 90 = 38,04 days.
        Assert.Equal(38.04, result.Dashboard.WorkingCapitalDays, 2);
        // Délai clients = créances clients / CA TTC × 90 = 469 410 / 1 019 629,20 × 90 = 41,43 days
        // (30 days of terms + the classes' delays 5/10/20/35 days weighted by the credit mix, ≈ 11,4).
        Assert.Equal(41.43, result.Dashboard.DsoDays, 2);
        // Délai fournisseurs = 291 600 / 583 200 × 90 = 45 days, as the scenario's supplier terms.
        Assert.Equal(45.0, result.Dashboard.DpoDays, 9);
        // Trésorerie nette = FRNG − BFR = 620 755,79 − 359 122,19 = 261 633,60 = 512.
        Assert.Equal(261_633.60m, working.NetCash);
        Assert.Equal(working.NetCash, result.Statements.Balance.Cash);
    }

    [Fact]
    public void Agent_fees_are_variable_charges_counted_once()
    {
        // Two of the six reps are agents commerciaux: their fees (622) are a variable charge of §7.2, exactly once.
        var market = new TestMarket(tune: scenario => scenario with
        {
            Start = scenario.Start with { Reps = [new InitialRepGroup(RepStatus.FieldRep, 4, 12), new InitialRepGroup(RepStatus.Agent, 2, 12)] },
        });
        var result = market.Resolve().Firms["f1"];
        var lines = result.Statements.Journal.SelectMany(entry => entry.Lines).ToList();
        var agentFees = lines.Single(line => line.Label == "Commissions des agents commerciaux").Debit;
        var commissions = lines.Where(line => line.Account == AccountNumbers.Commissions).Sum(line => line.Debit);
        Assert.True(agentFees > 0);
        var income = result.Statements.Income;
        var variable = income.CostOfGoodsSold + Math.Round(commissions * 1.42m, 2, MidpointRounding.AwayFromZero) + agentFees;
        Assert.Equal(income.SalesOfGoods - variable, result.Dashboard.ContributionMargin);
    }
}
