using FsCheck.Xunit;
using NrcGame.Market.Accounting;
using NrcGame.Market.Accounting.Statements;
using static NrcGame.Market.Accounting.AccountNumbers;

namespace NrcGame.Market.Tests.Accounting;

/// <summary>Accounting properties of market-model.md §9.10–9.11 over random sequences of valid operations.</summary>
public sealed class LedgerPropertyTests
{
    private const decimal StandardVat = 0.20m;

    [Property(MaxTest = 200)]
    public void Every_posted_entry_is_balanced_and_the_trial_balance_sums_to_zero(int[] codes)
    {
        var ledger = RandomQuarter.Post(RandomQuarter.Opening, codes, StandardVat);

        Assert.All(ledger.Entries, entry => Assert.Equal(entry.TotalDebit, entry.TotalCredit));
        Assert.Equal(0m, ledger.Balances().Total);
        Assert.Equal(0m, ledger.ClosingBalances().Total);
        Assert.Equal(0m, ledger.ClosingBalances(closeFiscalYear: true).Total);
    }

    [Property(MaxTest = 200)]
    public void Actif_equals_passif_during_the_quarter_and_after_closing(int[] codes, bool closeFiscalYear)
    {
        var ledger = RandomQuarter.Post(RandomQuarter.Opening, codes, StandardVat);
        var now = BalanceSheet.From(ledger);
        var closed = BalanceSheet.From(ledger.ClosingBalances(closeFiscalYear));

        Assert.Equal(now.TotalAssets, now.TotalLiabilities);
        Assert.Equal(closed.TotalAssets, closed.TotalLiabilities);
        Assert.Equal(now with { ResultOfTheYear = 0m, ReservesAndRetainedEarnings = 0m }, closed with { ResultOfTheYear = 0m, ReservesAndRetainedEarnings = 0m });
        Assert.Equal(now.Equity, closed.Equity);
    }

    [Property(MaxTest = 200)]
    public void The_cash_change_equals_the_direct_and_the_indirect_cash_flow_statements(int[] codes)
    {
        var ledger = RandomQuarter.Post(RandomQuarter.Opening, codes, StandardVat);
        var flows = CashFlowStatement.From(ledger);
        var cashChange = ledger.Balance(Bank) + ledger.Balance(BankOverdraft)
            - RandomQuarter.Opening.Of(Bank) - RandomQuarter.Opening.Of(BankOverdraft);

        Assert.Equal(cashChange, flows.NetCashChange);
        Assert.Equal(cashChange, flows.Direct.NetCashChange);
        Assert.Equal(cashChange, flows.Indirect.NetCashChange);
        Assert.Equal(WorkingCapital.From(ledger).NetCash, flows.ClosingNetCash);
    }

    [Property(MaxTest = 200)]
    public void The_net_result_equals_the_change_of_equity_net_of_capital_and_dividends(int[] firstQuarter, int[] secondQuarter, bool closeFiscalYear)
    {
        var first = RandomQuarter.Post(RandomQuarter.Opening, firstQuarter, StandardVat);
        var second = RandomQuarter.Post(first.ClosingBalances(closeFiscalYear), secondQuarter, StandardVat);

        foreach (var ledger in new[] { first, second })
        {
            var result = IncomeStatement.From(ledger).NetResult;
            var direct = DirectCashFlows.From(ledger);
            var equityChange = BalanceSheet.From(ledger.ClosingBalances()).Equity - BalanceSheet.From(ledger.Opening).Equity;

            Assert.Equal(ledger.Result, result);
            Assert.Equal(result, equityChange - direct.CapitalContributions - direct.DividendsPaid);
            Assert.Equal(SelfFinancingCapacity.From(IncomeStatement.From(ledger)).Additive, SelfFinancingCapacity.From(IncomeStatement.From(ledger)).Subtractive);
        }
    }

    [Property(MaxTest = 200)]
    public void TVA_is_neutral_the_result_does_not_depend_on_the_rate_and_the_TVA_due_is_collected_minus_deductible(int[] codes, byte rateChoice)
    {
        decimal[] rates = [0m, 0.021m, 0.055m, 0.10m, 0.20m];
        var otherRate = rates[rateChoice % rates.Length];
        var standard = RandomQuarter.Post(RandomQuarter.Opening, codes, StandardVat);
        var other = RandomQuarter.Post(RandomQuarter.Opening, codes, otherRate);

        Assert.Equal(IncomeStatement.From(standard), IncomeStatement.From(other));

        var balances = other.Balances();
        var collected = -balances.Of(VatCollected);
        var deductible = balances.Of(VatDeductible) + balances.Of(VatCredit);
        var dueBefore = -balances.Of(VatDue);
        if (StandardEntries.VatReturn("Déclaration", balances) is { } vatReturn)
        {
            other.Post(vatReturn);
        }

        Assert.Equal(collected - deductible, -other.Balance(VatDue) - dueBefore - other.Balance(VatCredit));
        Assert.Equal(0m, other.Balance(VatCollected));
        Assert.Equal(0m, other.Balance(VatDeductible));
        Assert.Equal(IncomeStatement.From(standard), IncomeStatement.From(other));
    }

    [Property(MaxTest = 100)]
    public void A_refused_entry_leaves_the_ledger_unchanged(int[] codes, int imbalanceInCents)
    {
        var ledger = RandomQuarter.Post(RandomQuarter.Opening, codes, StandardVat);
        var before = ledger.Balances();
        var entriesBefore = ledger.Entries.Count;
        var amount = RandomQuarter.Amount(imbalanceInCents, 0);
        var unbalanced = new JournalEntry("Déséquilibrée", [JournalLine.Debiting(Customers, amount + 0.01m), JournalLine.Crediting(SalesOfGoods, amount)]);

        Assert.Throws<InvalidJournalEntryException>(() => ledger.Post(unbalanced));
        Assert.Equal(entriesBefore, ledger.Entries.Count);
        Assert.Equal(before.DebitBalances.OrderBy(pair => pair.Key), ledger.Balances().DebitBalances.OrderBy(pair => pair.Key));
    }
}
