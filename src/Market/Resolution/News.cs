namespace NrcGame.Market;

/// <summary>The public news of a quarter: category facts per segment, events in French, standings.</summary>
internal static class News
{
    public static MarketNews Build(MarketLayout layout, List<FirmWork> firms, List<FirmOutcome> outcomes, double[] categoryDemand, List<Standing> standings)
    {
        var scenario = layout.Scenario;
        var categories = scenario.Segments.Select((segment, s) =>
        {
            var demand = layout.Cells.Where(cell => cell.Segment == s).Sum(cell => categoryDemand[cell.Index]);
            var units = outcomes.Sum(outcome => outcome.Result.Sales.Segments[s].UnitsSold);
            var revenue = outcomes.Sum(outcome => outcome.Result.Sales.Segments[s].RevenueHt);
            return new CategoryNews(segment.Id, demand, units, revenue, units > 0 ? Bookkeeping.Cents(revenue / units) : 0m, MarketCalendar.Seasonality(scenario, segment, layout.Turn));
        }).ToList();
        var events = new List<string>();
        foreach (var outcome in outcomes)
        {
            var result = outcome.Result;
            var quits = result.SalesTeam.Reps.Count(rep => rep.Departure == DepartureReason.Quit);
            if (quits > 0) events.Add($"{result.FirmId} : {quits} commercial(aux) ont démissionné ce trimestre.");
            if (result.Sales.ServiceLevel < 0.95) events.Add($"{result.FirmId} : rupture de stock, {FrenchFormat.Number((1 - result.Sales.ServiceLevel) * 100)} % de la demande n'a pas été servie.");
            if (result.Risk.CessationDePaiements) events.Add($"{result.FirmId} : découvert au-delà de la limite autorisée, cessation de paiements.");
        }
        return new MarketNews { Turn = layout.Turn, Categories = categories, Events = events, Standings = standings };
    }
}
