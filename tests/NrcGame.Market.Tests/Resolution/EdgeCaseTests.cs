using NrcGame.Market.Tests.Support;

namespace NrcGame.Market.Tests.Resolution;

/// <summary>Degenerate but legal situations resolve without error.</summary>
public class EdgeCaseTests
{
    [Fact]
    public void A_turn_without_firms_resolves_to_empty_news()
    {
        var outcome = TurnResolver.Resolve(new TurnInput(ScenarioFactory.Standard(), 1, 1UL, new Dictionary<string, FirmTurnInput>()));
        Assert.Empty(outcome.Firms);
        Assert.Empty(outcome.News.Standings);
    }

    [Fact]
    public void A_firm_without_reps_stock_or_accepted_clients_sells_nothing_and_still_closes_its_books()
    {
        var market = new TestMarket(firmCount: 2);
        market.Change("f1", decisions => decisions with
        {
            Pricing = decisions.Pricing with { AcceptedCreditClasses = [] },
            Staffing = decisions.Staffing with { Dismissals = market.States["f1"].Reps.Select(rep => rep.Id).ToList() },
            Purchases = TestMarket.Map(decisions.Purchases, _ => 0L),
        });
        var result = market.Resolve().Firms["f1"];
        Assert.Equal(0, result.Sales.UnitsSold);
        Assert.Equal(0, result.SalesTeam.Headcount);
        Assert.Equal(result.Statements.Balance.TotalAssets, result.Statements.Balance.TotalLiabilities);
        Assert.True(result.Statements.Income.NetResult < 0);
        Assert.Equal(1.0, market.Resolve().Firms["f2"].Sales.ValueShare, 12);
    }

    [Fact]
    public void A_firm_short_of_stock_sells_all_it_has()
    {
        // Regression: when demand exceeds the stock, available − demand·(available/demand) can come out at −1e-12; the
        // spill-over fill then divided it by 0 and every unit of the segment became NaN, i.e. 0 sold with 30 000 in stock
        // (3 firms, 2 territories, seed 7, f1 replacing its leavers: turn 4, Q4 peak, B2C short).
        var market = new TestMarket(firmCount: 3, territoryCount: 2);
        var reference = market.Decisions["f1"];
        FirmTurnResult? last = null;
        for (var turn = 1; turn <= 4; turn++)
        {
            var quits = last?.SalesTeam.Reps.Count(rep => rep.Departure == DepartureReason.Quit) ?? 0;
            market.Change("f1", _ => reference with { Staffing = reference.Staffing with { Hires = quits == 0 ? [] : [new HireOrder(RepStatus.FieldRep, quits)] } });
            var openings = market.States.ToDictionary(pair => pair.Key, pair => pair.Value);
            var outcome = market.Resolve(turn, seed: 7UL);
            foreach (var id in market.Ids)
            {
                var result = outcome.Firms[id];
                foreach (var segment in market.Scenario.Segments)
                {
                    var available = openings[id].Inventory[segment.Id].Units + market.Decisions[id].Purchases[segment.Id];
                    var cells = result.Sales.Cells.Where(cell => cell.Segment == segment.Id).ToList();
                    var demand = cells.Sum(cell => cell.Demand + cell.SpillOverReceived);
                    // Whole units, rounded down in each sub-cell (cell × credit class): at most one unit lost per sub-cell,
                    // except when short, where the units rounding left over are sold too (none stays stranded in stock).
                    var sold = cells.Sum(cell => cell.UnitsSold);
                    var where = $"T{turn} {id} {segment.Id}: sold {sold} of {available} available, demand {demand:F0}";
                    // Short: all the stock is sold, except at most one unit per sub-cell of the cells already served to
                    // within a unit per class of their demand (a unit more there could sell above a sub-cell's demand).
                    var classes = market.Scenario.CreditClasses.Count;
                    var servedCells = cells.Count(cell => cell.Demand + cell.SpillOverReceived - cell.UnitsSold < classes);
                    if (demand > available) Assert.True(sold <= available && sold >= available - servedCells * classes, where);
                    else Assert.True(sold >= demand - cells.Count * classes, where);
                }
                market.States[id] = result.NextState;
            }
            last = outcome.Firms["f1"];
        }
    }
}
