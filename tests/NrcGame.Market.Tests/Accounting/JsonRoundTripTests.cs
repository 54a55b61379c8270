using System.Text.Json;
using FsCheck.Xunit;
using NrcGame.Market.Accounting;
using NrcGame.Market.Accounting.Formulas;
using NrcGame.Market.Accounting.Statements;

namespace NrcGame.Market.Tests.Accounting;

/// <summary>Grains persist the ledger and the statements with System.Text.Json (web defaults): they must round-trip exactly.</summary>
public sealed class JsonRoundTripTests
{
    private static readonly JsonSerializerOptions Web = new(JsonSerializerDefaults.Web);

    private static T RoundTrip<T>(T value)
    {
        var json = JsonSerializer.Serialize(value, Web);
        var copy = JsonSerializer.Deserialize<T>(json, Web)!;
        Assert.Equal(json, JsonSerializer.Serialize(copy, Web));
        return copy;
    }

    [Property(MaxTest = 50)]
    public void A_ledger_and_its_statements_round_trip_exactly(int[] codes)
    {
        var ledger = RandomQuarter.Post(RandomQuarter.Opening, codes, 0.20m);

        var copy = RoundTrip(ledger);
        var closing = RoundTrip(ledger.ClosingBalances());

        Assert.Equal(ledger.Entries.Count, copy.Entries.Count);
        Assert.Equal(IncomeStatement.From(ledger), RoundTrip(IncomeStatement.From(copy)));
        Assert.Equal(BalanceSheet.From(ledger), RoundTrip(BalanceSheet.From(copy)));
        Assert.Equal(WorkingCapital.From(ledger), RoundTrip(WorkingCapital.From(copy)));
        Assert.Equal(SelfFinancingCapacity.From(IncomeStatement.From(ledger)), RoundTrip(SelfFinancingCapacity.From(IncomeStatement.From(copy))));
        RoundTrip(CashFlowStatement.From(copy));
        Assert.Equal(MarginIndicators.From(IncomeStatement.From(ledger), 0.20m), RoundTrip(MarginIndicators.From(IncomeStatement.From(copy), 0.20m)));
        Assert.Equal(ledger.ClosingBalances().DebitBalances.OrderBy(pair => pair.Key), closing.DebitBalances.OrderBy(pair => pair.Key));
    }

    [Fact]
    public void Cents_and_trailing_zeros_survive_and_an_invoice_round_trips()
    {
        var invoice = Invoice.Compute(1_200m, new InvoiceTerms(0.05m, [0.03m], 0m, 0.01m, 0.20m));
        var entry = JournalEntry.Create("Facture", JournalLine.Debiting(AccountNumbers.Customers, 0.10m), JournalLine.Crediting(AccountNumbers.SalesOfGoods, 0.10m));

        var copy = RoundTrip(invoice);
        var entryCopy = RoundTrip(entry);

        Assert.Equal(invoice.Discounts, copy.Discounts);
        Assert.Equal(invoice with { Discounts = [] }, copy with { Discounts = [] });
        Assert.Equal(entry.Lines, entryCopy.Lines);
        Assert.Equal(AccountCategory.Cash, RoundTrip(AccountChart.Get(AccountNumbers.Bank)).Category);
        Assert.Equal(BreakEvenAnalysis.Compute(200_000m, 120_000m, 60_000m), RoundTrip(BreakEvenAnalysis.Compute(200_000m, 120_000m, 60_000m)));
    }

    [Fact]
    public void A_tampered_ledger_is_refused_on_deserialization()
    {
        var json = """{"opening":{"debitBalances":{"512":100,"101":-100}},"entries":[{"label":"Fraude","lines":[{"account":"512","debit":50,"credit":0},{"account":"707","debit":0,"credit":40}]}]}""";

        Assert.Throws<InvalidJournalEntryException>(() => JsonSerializer.Deserialize<Ledger>(json, Web));
    }
}
