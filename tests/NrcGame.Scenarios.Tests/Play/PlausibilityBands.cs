using NrcGame.Market;

namespace NrcGame.Scenarios.Tests;

/// <summary>The bands every firm's figures must stay in, at every turn of a scripted game.</summary>
internal static class PlausibilityBands
{
    /// <summary>Checks every firm and turn of a played game of scenario <paramref name="id"/>.</summary>
    public static void Check(string id, IReadOnlyList<(MarketScenario Market, TurnOutcome Outcome)> turns)
    {
        foreach (var (market, outcome) in turns)
        {
            foreach (var (firm, result) in outcome.Firms)
            {
                var where = $"{id}, tour {outcome.Turn}, {firm}";
                CheckFirm(where, market, result);
            }
            CheckSharesSumToOne($"{id}, tour {outcome.Turn}", outcome);
        }
        foreach (var firm in turns[0].Outcome.Firms.Keys)
        {
            var hazards = turns.SelectMany(turn => turn.Outcome.Firms[firm].SalesTeam.Reps).Select(rep => rep.QuitProbability).ToList();
            var annual = 1 - Math.Pow(1 - hazards.Average(), 4);
            Assert.True(annual is >= 0.05 and <= 0.60, $"{id}, {firm} : turnover annuel attendu {annual:P1} hors de 5–60 %.");
        }
    }

    private static void CheckFirm(string where, MarketScenario market, FirmTurnResult result)
    {
        var sales = result.Sales;
        Assert.True(sales.UnitsSold >= 0 && sales.RevenueHt >= 0, $"{where} : ventes négatives.");
        AllFinite(where, sales.VolumeShare, sales.ValueShare, sales.ServiceLevel, result.Dashboard.MarginRate, result.Dashboard.Coverage, result.Dashboard.DsoDays);
        foreach (var cell in sales.Cells)
        {
            AllFinite($"{where} {cell.Segment}/{cell.Territory}/{cell.Channel}", cell.Demand, cell.CategoryDemand, cell.VolumeShare, cell.ValueShare, cell.LostUnits);
            Assert.True(cell.UnitsSold >= 0 && cell.RevenueHt >= 0 && cell.Demand >= 0, $"{where} : cellule {cell.Segment}/{cell.Territory}/{cell.Channel} négative.");
            Assert.InRange(cell.VolumeShare, 0, 1);
            Assert.InRange(cell.ValueShare, 0, 1);
        }
        Assert.All(result.NextState.Inventory.Values, stock => Assert.True(stock.Units >= 0, $"{where} : stock négatif."));
        Assert.All(result.SalesTeam.Reps, rep => AllFinite($"{where} {rep.Id}", rep.Motivation, rep.Satisfaction, rep.QuitProbability));
        if (sales.RevenueHt > 0)
        {
            Assert.True(result.Dashboard.MarginRate is > 0.05 and < 0.75, $"{where} : taux de marque {result.Dashboard.MarginRate:P1} hors de 5–75 %.");
            var netMargin = result.Statements.Income.NetResult / sales.RevenueHt;
            Assert.True(netMargin is > -1m and < 0.4m, $"{where} : résultat net / CA {netMargin:P1} hors de −100 % – 40 %.");
        }
        // A firm that keeps ordering while its sales fall turns cash into stock (BFR): the band is on cash plus stock at cost.
        var balance = result.Statements.Balance;
        var liquidity = balance.Cash - balance.BankOverdraft + balance.Inventory;
        Assert.True(liquidity > -2 * market.Finance.OverdraftLimit && liquidity < 20 * market.Start.Cash,
            $"{where} : trésorerie nette + stocks {liquidity:N0} € hors de la bande (−2 × découvert autorisé – 20 × trésorerie initiale).");
    }

    private static void CheckSharesSumToOne(string where, TurnOutcome outcome)
    {
        var cells = outcome.Firms.Values.SelectMany(result => result.Sales.Cells).GroupBy(cell => (cell.Segment, cell.Territory, cell.Channel));
        foreach (var cell in cells.Where(cell => cell.Sum(firm => firm.UnitsSold) > 0))
        {
            var total = cell.Sum(firm => firm.VolumeShare);
            Assert.True(Math.Abs(total - 1) < 1e-6, $"{where} {cell.Key} : les parts de marché en volume somment à {total}.");
        }
    }

    private static void AllFinite(string where, params double[] values) =>
        Assert.True(values.All(double.IsFinite), $"{where} : valeur non finie (NaN ou infinie).");
}
