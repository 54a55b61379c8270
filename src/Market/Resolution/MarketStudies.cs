namespace NrcGame.Market;

/// <summary>What each market study reveals about every firm (product.md: competitor prices, shares, distribution panel, salesforce benchmark).</summary>
internal static class MarketStudies
{
    public static StudyReport For(FirmDecisions decisions, List<FirmWork> firms, List<FirmOutcome> outcomes, MarketScenario scenario)
    {
        var bought = decisions.Studies.Distinct().ToList();
        if (bought.Count == 0) return new StudyReport();
        return new StudyReport
        {
            Bought = bought,
            CompetitorPrices = bought.Contains(MarketStudy.CompetitorPrices)
                ? (from firm in firms from segment in scenario.Segments.Select((definition, s) => (definition, s))
                   select new FirmFigure(firm.Id, segment.definition.Id, (double)firm.ListPrice[segment.s])).ToList()
                : [],
            ValueShares = bought.Contains(MarketStudy.MarketShares)
                ? outcomes.SelectMany(outcome => outcome.Result.Sales.Segments.Select(segment => new FirmFigure(outcome.Result.FirmId, segment.Segment, segment.ValueShare))).ToList()
                : [],
            VolumeShares = bought.Contains(MarketStudy.MarketShares)
                ? outcomes.SelectMany(outcome => outcome.Result.Sales.Segments.Select(segment => new FirmFigure(outcome.Result.FirmId, segment.Segment, segment.VolumeShare))).ToList()
                : [],
            DistributionValue = bought.Contains(MarketStudy.DistributionPanel)
                ? outcomes.SelectMany(outcome => outcome.Result.Dashboard.Distribution.Select(cell => new FirmFigure(outcome.Result.FirmId, cell.Channel, cell.Dv))).ToList()
                : [],
            Salesforce = bought.Contains(MarketStudy.SalesforceBenchmark)
                ? outcomes.SelectMany(outcome => new[]
                {
                    new FirmFigure(outcome.Result.FirmId, "headcount", outcome.Result.SalesTeam.Headcount),
                    new FirmFigure(outcome.Result.FirmId, "coverage", outcome.Result.SalesTeam.OverallCoverage),
                    new FirmFigure(outcome.Result.FirmId, "pay", outcome.Result.SalesTeam.Headcount > 0
                        ? (double)outcome.Result.SalesTeam.Reps.Where(rep => rep.Departure != DepartureReason.Dismissed).Average(rep => rep.GrossPay) : 0),
                }).ToList()
                : [],
        };
    }
}
