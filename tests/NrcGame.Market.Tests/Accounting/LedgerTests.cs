using NrcGame.Market.Accounting;
using NrcGame.Market.Accounting.Statements;
using static NrcGame.Market.Accounting.AccountNumbers;
using static NrcGame.Market.Accounting.JournalLine;

namespace NrcGame.Market.Tests.Accounting;

public sealed class LedgerTests
{
    private static readonly AccountBalances StartingCapital = AccountBalances.From(JournalEntry.Create("Apport en capital",
        Debiting(Bank, 10_000m),
        Crediting(Capital, 10_000m)));

    [Fact]
    public void An_unbalanced_entry_is_refused_and_the_ledger_is_left_unchanged()
    {
        var ledger = Ledger.Open(StartingCapital);
        var unbalanced = new JournalEntry("Vente mal saisie", [Debiting(Customers, 1_200m), Crediting(SalesOfGoods, 1_000m)]);

        var refusal = Assert.Throws<InvalidJournalEntryException>(() => ledger.Post(unbalanced));

        Assert.Contains("déséquilibrée", refusal.Message);
        Assert.Empty(ledger.Entries);
        Assert.Equal(10_000m, ledger.Balance(Bank));
    }

    [Theory]
    [InlineData("999", 100, 0)]
    [InlineData(Bank, 100.001, 0)]
    [InlineData(Bank, -100, 0)]
    [InlineData(Bank, 100, 100)]
    [InlineData(Bank, 0, 0)]
    public void A_malformed_line_is_refused(string account, double debit, double credit)
    {
        var line = new JournalLine(account, (decimal)debit, (decimal)credit);

        Assert.Throws<InvalidJournalEntryException>(() => JournalEntry.Create("Ligne invalide", line, Crediting(Capital, line.Debit)));
    }

    [Fact]
    public void An_entry_needs_two_lines()
    {
        Assert.Throws<InvalidJournalEntryException>(() => JournalEntry.Create("Une seule ligne", Debiting(Bank, 0.01m)));
    }

    [Fact]
    public void Dépréciations_move_only_against_dotations_or_reprises()
    {
        Assert.Throws<InvalidJournalEntryException>(() => JournalEntry.Create("Perte imputée sur la dépréciation",
            Debiting(CustomerImpairment, 100m),
            Crediting(DoubtfulCustomers, 100m)));
        Assert.Throws<InvalidJournalEntryException>(() => JournalEntry.Create("Dotation sans dépréciation",
            Debiting(ImpairmentExpense, 100m),
            Crediting(Customers, 100m)));

        var allowance = JournalEntry.Create("Dotation aux dépréciations", Debiting(ImpairmentExpense, 100m), Crediting(CustomerImpairment, 100m));

        Assert.Equal(100m, allowance.TotalDebit);
    }

    [Fact]
    public void Opening_balances_must_balance_and_hold_only_balance_sheet_accounts()
    {
        Assert.Throws<ArgumentException>(() => Ledger.Open(new AccountBalances(new Dictionary<string, decimal> { [Bank] = 10m })));
        Assert.Throws<ArgumentException>(() => Ledger.Open(new AccountBalances(new Dictionary<string, decimal>
        {
            [Bank] = 10m,
            [SalesOfGoods] = -10m,
        })));
    }

    [Fact]
    public void Closing_a_quarter_moves_the_result_into_120_and_a_year_into_report_à_nouveau()
    {
        // Vente au comptant 1 000 € HT, charge de publicité 300 € HT payée: résultat = 1 000 − 300 = 700 €.
        var ledger = Ledger.Open(StartingCapital);
        ledger.Post(JournalEntry.Create("Vente au comptant", Debiting(Bank, 1_200m), Crediting(SalesOfGoods, 1_000m), Crediting(VatCollected, 200m)));
        ledger.Post(JournalEntry.Create("Publicité", Debiting(Advertising, 300m), Debiting(VatDeductible, 60m), Crediting(Bank, 360m)));

        var quarterClosing = ledger.ClosingBalances();
        var yearClosing = ledger.ClosingBalances(closeFiscalYear: true);

        Assert.Equal(700m, ledger.Result);
        Assert.Equal(-700m, quarterClosing.Of(ResultOfTheYear));
        Assert.Equal(0m, quarterClosing.Of(SalesOfGoods));
        Assert.Equal(0m, yearClosing.Of(ResultOfTheYear));
        Assert.Equal(-700m, yearClosing.Of(RetainedEarnings));
        Assert.Equal(0m, quarterClosing.Total);
        Assert.Equal(0m, yearClosing.Total);
    }

    [Fact]
    public void The_result_closing_entry_empties_every_class_6_and_7_account()
    {
        var ledger = Ledger.Open(StartingCapital);
        ledger.Post(JournalEntry.Create("Vente au comptant", Debiting(Bank, 1_000m), Crediting(SalesOfGoods, 1_000m)));
        ledger.Post(JournalEntry.Create("Loyer", Debiting(Rentals, 1_500m), Crediting(Bank, 1_500m)));

        var closing = ledger.ResultClosingEntry();

        Assert.NotNull(closing);
        Assert.Contains(closing.Lines, line => line.Account == SalesOfGoods && line.Debit == 1_000m);
        Assert.Contains(closing.Lines, line => line.Account == Rentals && line.Credit == 1_500m);
        Assert.Contains(closing.Lines, line => line.Account == ResultOfTheYear && line.Debit == 500m);
        Assert.Null(Ledger.Open(StartingCapital).ResultClosingEntry());
    }

    [Fact]
    public void A_negative_bank_balance_is_reclassified_as_an_overdraft_and_back()
    {
        var ledger = Ledger.Open(StartingCapital);
        ledger.Post(JournalEntry.Create("Achat de matériel", Debiting(TangibleAssets, 12_500m), Crediting(Bank, 12_500m)));

        ledger.ClassifyCashPosition();

        Assert.Equal(0m, ledger.Balance(Bank));
        Assert.Equal(-2_500m, ledger.Balance(BankOverdraft));
        Assert.Equal(2_500m, BalanceSheet.From(ledger).BankOverdraft);

        ledger.Post(JournalEntry.Create("Encaissement", Debiting(Bank, 4_000m), Crediting(Capital, 4_000m)));
        ledger.ClassifyCashPosition();

        Assert.Equal(1_500m, ledger.Balance(Bank));
        Assert.Equal(0m, ledger.Balance(BankOverdraft));
        Assert.Equal(0m, CashFlowStatement.From(ledger).Direct.NetCashChange - CashFlowStatement.From(ledger).NetCashChange);
    }
}
