using NrcGame.Market.Accounting;
using NrcGame.Market.Accounting.Statements;
using static NrcGame.Market.Accounting.AccountNumbers;
using static NrcGame.Market.Accounting.JournalLine;

namespace NrcGame.Market.Tests.Accounting;

/// <summary>
/// Worked exercise: one quarter of a small trading firm, journalised then read as SIG, bilan,
/// bilan fonctionnel, CAF and tableau de flux. Every expected figure is computed by hand below.
/// </summary>
public sealed class QuarterExerciseTests
{
    // Bilan d'ouverture: banque 60 000 €, stock 40 000 €, capital 100 000 €.
    private static readonly AccountBalances Opening = new(new Dictionary<string, decimal>
    {
        [Bank] = 60_000m,
        [Inventory] = 40_000m,
        [Capital] = -100_000m,
    });

    private static Ledger PostTheQuarter()
    {
        var ledger = Ledger.Open(Opening);
        // a. Achats de marchandises à crédit 50 000 € HT, TVA 20 % = 10 000 €, TTC 60 000 €.
        ledger.Post(StandardEntries.PurchaseInvoice("Achats T1", 50_000m, 0.20m));
        // b. Ventes à crédit 120 000 € HT, TVA 24 000 €, TTC 144 000 €.
        ledger.Post(JournalEntry.Create("Ventes T1", Debiting(Customers, 144_000m), Crediting(SalesOfGoods, 120_000m), Crediting(VatCollected, 24_000m)));
        // c. Publicité payée comptant 8 000 € HT + TVA 1 600 € = 9 600 €.
        ledger.Post(JournalEntry.Create("Publicité", Debiting(Advertising, 8_000m), Debiting(VatDeductible, 1_600m), Crediting(Bank, 9_600m)));
        // d. Paie: fixe 15 000 €, commissions 5 000 €, charges patronales 42 % × 20 000 = 8 400 €.
        ledger.Post(StandardEntries.Payroll("Paie T1", 15_000m, 5_000m, 8_400m));
        // e. Règlement du personnel (20 000 €) et de l'URSSAF (8 400 €).
        ledger.Post(StandardEntries.Payment("Salaires", StaffPayable, 20_000m));
        ledger.Post(StandardEntries.Payment("URSSAF", SocialSecurity, 8_400m));
        // f. Encaissements clients 96 000 €; g. règlement fournisseurs 36 000 €.
        ledger.Post(StandardEntries.Receipt("Règlements clients", Customers, 96_000m));
        ledger.Post(StandardEntries.Payment("Règlements fournisseurs", Suppliers, 36_000m));
        // h. Stock final 30 000 € (stock initial 40 000 €): variation de stock = 40 000 − 30 000 = 10 000 € de charge.
        ledger.Post(StandardEntries.InventoryChange("Variation de stock", 40_000m, 30_000m));
        // i. Dépréciation des créances 1 000 €; j. intérêts bancaires 500 €.
        ledger.Post(StandardEntries.ReceivableAllowance("Dépréciation clients", 1_000m));
        ledger.Post(StandardEntries.Payment("Intérêts", InterestExpenses, 500m));
        return ledger;
    }

    [Fact]
    public void The_soldes_intermédiaires_de_gestion_are_the_hand_computed_ones()
    {
        var pl = IncomeStatement.From(PostTheQuarter());

        // Ventes de marchandises = 120 000. Coût d'achat des marchandises vendues = 50 000 + (40 000 − 30 000) = 60 000.
        Assert.Equal(120_000m, pl.SalesOfGoods);
        Assert.Equal(60_000m, pl.CostOfGoodsSold);
        // Marge commerciale = 120 000 − 60 000 = 60 000. VA = 60 000 − 8 000 = 52 000.
        Assert.Equal(60_000m, pl.CommercialMargin);
        Assert.Equal(52_000m, pl.ValueAdded);
        // Charges de personnel = 15 000 + 5 000 + 8 400 = 28 400. EBE = 52 000 − 28 400 = 23 600.
        Assert.Equal(28_400m, pl.PersonnelExpenses);
        Assert.Equal(23_600m, pl.GrossOperatingProfit);
        // Résultat d'exploitation = 23 600 − 1 000 = 22 600; résultat financier = −500; RCAI = 22 100.
        Assert.Equal(22_600m, pl.OperatingResult);
        Assert.Equal(-500m, pl.FinancialResult);
        Assert.Equal(22_100m, pl.CurrentResultBeforeTax);
        // Pas d'exceptionnel ni d'IS: résultat net = 22 100.
        Assert.Equal(22_100m, pl.NetResult);
    }

    [Fact]
    public void The_bilan_balances_at_the_hand_computed_total()
    {
        var bs = BalanceSheet.From(PostTheQuarter());

        // Banque = 60 000 − 9 600 − 20 000 − 8 400 + 96 000 − 36 000 − 500 = 81 500.
        Assert.Equal(81_500m, bs.Cash);
        // Clients nets = 144 000 − 96 000 − 1 000 = 47 000; TVA déductible = 10 000 + 1 600 = 11 600.
        Assert.Equal(47_000m, bs.TradeReceivables);
        Assert.Equal(11_600m, bs.VatReceivable);
        // Actif = 30 000 + 47 000 + 11 600 + 81 500 = 170 100.
        Assert.Equal(170_100m, bs.TotalAssets);
        // Passif = capital 100 000 + résultat 22 100 + fournisseurs 24 000 + TVA collectée 24 000 = 170 100.
        Assert.Equal(122_100m, bs.Equity);
        Assert.Equal(24_000m, bs.TradePayables);
        Assert.Equal(24_000m, bs.TaxAndSocialPayables);
        Assert.Equal(170_100m, bs.TotalLiabilities);
    }

    [Fact]
    public void The_BFR_the_CAF_and_both_cash_flow_methods_agree_with_the_bank()
    {
        var ledger = PostTheQuarter();
        var pl = IncomeStatement.From(ledger);
        var bfr = WorkingCapital.From(ledger);
        var caf = SelfFinancingCapacity.From(pl);
        var flows = CashFlowStatement.From(ledger);

        // BFR = stocks 30 000 + clients bruts 48 000 + TVA déductible 11 600 − fournisseurs 24 000 − TVA collectée 24 000 = 41 600.
        Assert.Equal(41_600m, bfr.Need);
        // BFR en jours de CA du trimestre = 41 600 / 120 000 × 90 = 31,2 jours.
        Assert.Equal(31.2m, bfr.NeedInDaysOfSales(pl.Turnover));
        // CAF additive = 22 100 + 1 000 = 23 100; soustractive = EBE 23 600 − charges financières 500 = 23 100.
        Assert.Equal(23_100m, caf.Additive);
        Assert.Equal(23_100m, caf.Subtractive);
        // Méthode indirecte: CAF 23 100 − ΔBFR (41 600 − 40 000 = 1 600) = 21 500 = 81 500 − 60 000.
        Assert.Equal(1_600m, flows.Indirect.WorkingCapitalNeedChange);
        Assert.Equal(21_500m, flows.Indirect.NetCashChange);
        Assert.Equal(21_500m, flows.NetCashChange);
        // Méthode directe: clients +96 000; fournisseurs −36 000 − 9 600 (publicité TTC) = −45 600; personnel −28 400; intérêts −500.
        Assert.Equal(96_000m, flows.Direct.CustomerReceipts);
        Assert.Equal(-45_600m, flows.Direct.SupplierPayments);
        Assert.Equal(-28_400m, flows.Direct.PersonnelPayments);
        Assert.Equal(-500m, flows.Direct.InterestPayments);
        Assert.Equal(0m, flows.Direct.VatPayments);
        Assert.Equal(21_500m, flows.Direct.NetCashChange);
        // Trésorerie nette = FRNG − BFR: FRNG = 100 000 + 22 100 + 1 000 (dépréciation) = 123 100; 123 100 − 41 600 = 81 500.
        Assert.Equal(123_100m, bfr.NetWorkingCapital);
        Assert.Equal(81_500m, bfr.NetCash);
    }

    [Fact]
    public void The_TVA_return_and_payment_are_a_TVA_flow_and_the_next_quarter_opens_with_the_closing_balances()
    {
        var ledger = PostTheQuarter();
        // TVA à décaisser = collectée 24 000 − déductible 11 600 = 12 400.
        ledger.Post(StandardEntries.VatReturn("Déclaration de TVA T1", ledger.Balances())!);
        // Payée en fin de trimestre: −12 400 € de flux de TVA; trésorerie 81 500 − 12 400 = 69 100.
        ledger.Post(StandardEntries.Payment("TVA réglée", VatDue, 12_400m));

        Assert.Equal(-12_400m, CashFlowStatement.From(ledger).Direct.VatPayments);
        Assert.Equal(69_100m, BalanceSheet.From(ledger).Cash);
        var next = Ledger.Open(ledger.ClosingBalances());

        Assert.Equal(0m, next.Balance(VatDue));
        Assert.Equal(0m, next.Balance(VatCollected));
        Assert.Equal(0m, next.Balance(VatDeductible));
        Assert.Equal(-22_100m, next.Balance(ResultOfTheYear));
        Assert.Equal(BalanceSheet.From(ledger).TotalAssets, BalanceSheet.From(next).TotalAssets);
        Assert.Equal(0m, IncomeStatement.From(next).NetResult);
    }

    [Fact]
    public void A_TVA_credit_is_carried_forward_as_44567()
    {
        var ledger = Ledger.Open(Opening);
        // Achats 50 000 € HT (TVA 10 000 €), ventes 20 000 € HT (TVA 4 000 €): crédit de TVA = 10 000 − 4 000 = 6 000.
        ledger.Post(StandardEntries.PurchaseInvoice("Achats", 50_000m, 0.20m));
        ledger.Post(JournalEntry.Create("Ventes", Debiting(Customers, 24_000m), Crediting(SalesOfGoods, 20_000m), Crediting(VatCollected, 4_000m)));

        ledger.Post(StandardEntries.VatReturn("Déclaration de TVA", ledger.Balances())!);

        Assert.Equal(6_000m, ledger.Balance(VatCredit));
        Assert.Equal(0m, ledger.Balance(VatDue));
        Assert.Null(StandardEntries.VatReturn("Rien à déclarer", Ledger.Open(Opening).Balances()));
    }

    [Fact]
    public void Exercise_21_a_bad_debt_is_written_off_HT_with_its_TVA_recovered_and_its_dépréciation_reversed()
    {
        var ledger = PostTheQuarter();
        // Une créance de 1 800 € TTC (TVA 20 %) devient douteuse, puis irrécouvrable; elle était dépréciée de 1 000 €.
        // Perte HT = 1 800 / 1,20 = 1 500 € (654); TVA récupérée = 1 800 − 1 500 = 300 € (débit 4457); reprise 1 000 € (7817).
        // Résultat: 22 100 − 1 500 + 1 000 = 21 600 €. Clients nets au bilan: 48 000 − 1 800 = 46 200 €, plus de dépréciation.
        ledger.Post(StandardEntries.DoubtfulReceivable("Client douteux", 1_800m));
        ledger.Post(StandardEntries.BadDebtWriteOff("Créance irrécouvrable", 1_800m, 0.20m));
        ledger.Post(StandardEntries.ReceivableAllowanceReversal("Reprise de la dépréciation", 1_000m));

        Assert.Equal(1_500m, ledger.Balance(BadDebtLosses));
        Assert.Equal(-23_700m, ledger.Balance(VatCollected));
        Assert.Equal(21_600m, IncomeStatement.From(ledger).NetResult);
        Assert.Equal(46_200m, BalanceSheet.From(ledger).TradeReceivables);
        Assert.Equal(BalanceSheet.From(ledger).TotalAssets, BalanceSheet.From(ledger).TotalLiabilities);
    }

    [Fact]
    public void Exercise_23_taux_de_marge_taux_de_marque_and_coefficients_of_the_quarter()
    {
        var pl = IncomeStatement.From(PostTheQuarter());
        // Ventes 120 000 € HT, coût d'achat des marchandises vendues 60 000 €: marge 60 000.
        // Taux de marge = 60 000 / 60 000 = 1 (100 %); taux de marque = 60 000 / 120 000 = 0,5 (50 %).
        // Coef. HT/HT = 120 000 / 60 000 = 2; coef. (TTC/HT) = 144 000 / 60 000 = 2,4.
        var indicators = MarginIndicators.From(pl, 0.20m);

        Assert.Equal(1m, indicators.MarkupRate);
        Assert.Equal(0.5m, indicators.MarginRate);
        Assert.Equal(2m, indicators.MultiplierExcludingVat);
        Assert.Equal(2.4m, indicators.MultiplierIncludingVat);
    }
}
