using FsCheck.Xunit;
using NrcGame.Market.Accounting;
using NrcGame.Market.Tests.Support;

namespace NrcGame.Market.Tests.Properties;

/// <summary>market-model.md §9 properties 9–13: physical flows, double entry, cash, TVA, receivables.</summary>
public class AccountingProperties
{
    /// <summary>Plays a few turns with randomly varied decisions for every firm.</summary>
    private static (TestMarket Market, List<TurnOutcome> Outcomes, List<Dictionary<string, FirmState>> Openings, List<Dictionary<string, FirmDecisions>> Decided) Play(byte[] bytes, int turns = 3)
    {
        var market = new TestMarket(firmCount: 3, territoryCount: 2, tune: scenario => scenario with
        {
            CreditClasses = scenario.CreditClasses.Select(credit => credit with { DefaultProbability = credit.DefaultProbability * 6 }).ToList(),
        });
        var outcomes = new List<TurnOutcome>();
        var openings = new List<Dictionary<string, FirmState>>();
        var decided = new List<Dictionary<string, FirmDecisions>>();
        for (var turn = 1; turn <= turns; turn++)
        {
            for (var index = 0; index < market.Ids.Count; index++)
            {
                var id = market.Ids[index];
                market.Decisions[id] = RandomDecisions.Vary(market.Decisions[id], market.States[id], bytes, index + 3 * turn);
            }
            openings.Add(new Dictionary<string, FirmState>(market.States));
            decided.Add(new Dictionary<string, FirmDecisions>(market.Decisions));
            var outcome = market.Resolve(turn);
            foreach (var id in market.Ids) market.States[id] = outcome.Firms[id].NextState;
            outcomes.Add(outcome);
        }
        return (market, outcomes, openings, decided);
    }

    [Property(MaxTest = 12)]
    public void Quantities_are_never_negative_and_sales_never_exceed_demand_or_stock(byte[] bytes)
    {
        var (market, outcomes, openings, decided) = Play(bytes);
        for (var turn = 0; turn < outcomes.Count; turn++)
        {
            foreach (var (id, result) in outcomes[turn].Firms)
            {
                foreach (var cell in result.Sales.Cells)
                {
                    Assert.True(cell.UnitsSold >= 0 && cell.Demand >= 0 && cell.LostUnits >= 0 && cell.SpillOverReceived >= 0);
                    Assert.True(cell.UnitsSold <= cell.Demand + cell.SpillOverReceived + 1e-9);
                    Assert.InRange(cell.Attraction.Distribution, 0.0, 1.0);
                }
                foreach (var segment in market.Scenario.Segments)
                {
                    var opening = openings[turn][id].Inventory[segment.Id].Units;
                    var bought = decided[turn][id].Purchases[segment.Id];
                    var sold = result.Sales.Cells.Where(cell => cell.Segment == segment.Id).Sum(cell => cell.UnitsSold);
                    var closing = result.NextState.Inventory[segment.Id].Units;
                    Assert.True(sold <= opening + bought);
                    // ...and never much less than it can: min(available, demand) less one unit per sub-cell rounded down.
                    var cells = result.Sales.Cells.Where(cell => cell.Segment == segment.Id).ToList();
                    var demand = cells.Sum(cell => cell.Demand + cell.SpillOverReceived);
                    Assert.True(sold >= Math.Min(opening + bought, demand) - cells.Count * market.Scenario.CreditClasses.Count);
                    Assert.Equal(opening + bought - sold, closing);
                    Assert.True(closing >= 0);
                }
                Assert.True(result.SalesTeam.Headcount >= 0);
                Assert.All(result.SalesTeam.Reps, rep => Assert.True(rep.EffectiveVisits >= 0 && rep.VisitCapacity >= 0));
            }
            foreach (var cell in outcomes[turn].Firms.Values.SelectMany(result => result.Sales.Cells).GroupBy(cell => (cell.Segment, cell.Territory, cell.Channel)))
                Assert.True(cell.Sum(item => item.UnitsSold) <= cell.First().CategoryDemand + 1e-6, "the market cannot sell more than its demand");
        }
    }

    [Property(MaxTest = 12)]
    public void Every_entry_balances_and_the_books_tie_out(byte[] bytes)
    {
        var (_, outcomes, openings, _) = Play(bytes);
        for (var turn = 0; turn < outcomes.Count; turn++)
        {
            foreach (var (id, result) in outcomes[turn].Firms)
            {
                var statements = result.Statements;
                Assert.All(statements.Journal, entry => Assert.Equal(entry.Lines.Sum(line => line.Debit), entry.Lines.Sum(line => line.Credit)));
                Assert.Equal(0m, result.NextState.Accounts.Values.Sum());
                Assert.Equal(statements.Balance.TotalAssets, statements.Balance.TotalLiabilities);

                var opening = new AccountBalances(openings[turn][id].Accounts);
                var closing = new AccountBalances(result.NextState.Accounts);
                decimal Equity(AccountBalances balances) => -(balances.Of(AccountNumbers.Capital) + balances.Of(AccountNumbers.RetainedEarnings) + balances.Of(AccountNumbers.ResultOfTheYear) + balances.Of(AccountNumbers.Reserves));
                Assert.Equal(statements.Income.NetResult, Equity(closing) - Equity(opening));
                Assert.Equal(result.NextState.CumulativeNetIncome - openings[turn][id].CumulativeNetIncome, statements.Income.NetResult);

                decimal NetCash(AccountBalances balances) => balances.Of(AccountNumbers.Bank) + balances.Of(AccountNumbers.BankOverdraft);
                var cash = statements.CashFlow;
                Assert.Equal(NetCash(closing) - NetCash(opening), cash.NetCashChange);
                Assert.Equal(cash.NetCashChange, cash.Direct.NetCashChange);
                Assert.Equal(cash.NetCashChange, cash.Indirect.NetCashChange);
                Assert.Equal(result.Sales.RevenueHt, statements.Income.SalesOfGoods);
            }
        }
    }

    [Property(MaxTest = 10)]
    public void Receivables_are_collected_or_written_off_exactly_once(byte[] bytes)
    {
        var (_, outcomes, openings, _) = Play(bytes, turns: 4);
        foreach (var id in outcomes[0].Firms.Keys)
        {
            for (var turn = 0; turn < outcomes.Count; turn++)
            {
                var journal = outcomes[turn].Firms[id].Statements.Journal;
                var invoiced = journal.Where(entry => entry.Label.StartsWith("Ventes", StringComparison.Ordinal))
                    .SelectMany(entry => entry.Lines).Where(line => line.Account == AccountNumbers.Customers).Sum(line => line.Debit);
                var settled = journal.SelectMany(entry => entry.Lines).Where(line => line.Account == AccountNumbers.Customers).Sum(line => line.Credit);
                var before = openings[turn][id].Receivables;
                var after = outcomes[turn].Firms[id].NextState.Receivables;
                Assert.Equal(before.Sum(vintage => vintage.Outstanding) + invoiced - settled, after.Sum(vintage => vintage.Outstanding));
                Assert.Equal(new AccountBalances(outcomes[turn].Firms[id].NextState.Accounts).Of(AccountNumbers.Customers), after.Sum(vintage => vintage.Outstanding));
                foreach (var vintage in after)
                {
                    Assert.True(vintage.Collected >= 0 && vintage.WrittenOff >= 0 && vintage.Outstanding > 0);
                    var earlier = before.FirstOrDefault(item => item.Turn == vintage.Turn && item.CreditClass == vintage.CreditClass);
                    Assert.Equal(vintage.InvoicedTtc, earlier?.InvoicedTtc ?? vintage.InvoicedTtc);
                }
            }
            // Terms ≤ 60 days and delays ≤ 35 days: a vintage is settled within two quarters.
            Assert.All(outcomes[^1].Firms[id].NextState.Receivables, vintage => Assert.True(vintage.Turn >= outcomes.Count - 1));
        }
    }

    [Fact]
    public void Changing_the_TVA_rate_changes_neither_revenue_nor_margin_nor_result()
    {
        // B2B buyers compare prices HT, so B2B quantities do not move with the rate; the check is made on them.
        TestMarket Market(decimal rate) => new(tune: scenario => scenario with
        {
            Segments = scenario.Segments.Select(segment => segment.Kind == SegmentKind.B2B ? segment with { VatRate = rate } : segment).ToList(),
        });
        var standard = Market(0.20m).Resolve().Firms["f1"];
        var reduced = Market(0.055m).Resolve().Firms["f1"];
        Assert.Equal(standard.Sales.UnitsSold, reduced.Sales.UnitsSold);
        Assert.Equal(standard.Statements.Income.SalesOfGoods, reduced.Statements.Income.SalesOfGoods);
        Assert.Equal(standard.Statements.Income.CommercialMargin, reduced.Statements.Income.CommercialMargin);
        Assert.InRange(reduced.Statements.Income.NetResult - standard.Statements.Income.NetResult, -0.05m, 0.05m);
        Assert.NotEqual(standard.Statements.Balance.TradeReceivables, reduced.Statements.Balance.TradeReceivables);
    }

    [Fact]
    public void In_steady_state_DSO_equals_terms_plus_delay()
    {
        // One credit class paying 10 days late on 30-day terms, flat seasons: DSO = (30 + 10) days of CA TTC.
        var market = new TestMarket(tune: scenario => scenario with
        {
            CreditClasses = [new CreditClassDefinition("A", 10, 0, 0.06)],
            Segments = scenario.Segments.Select(segment => segment with
            {
                Seasonality = [1.0, 1.0, 1.0, 1.0], GrowthPerQuarter = 0,
                CreditMix = new Dictionary<string, double> { ["A"] = 1.0 },
            }).ToList(),
        });
        var last = market.Play(3)[^1].Firms["f1"];
        Assert.Equal(40.0, last.Dashboard.DsoDays, 1);
    }
}
