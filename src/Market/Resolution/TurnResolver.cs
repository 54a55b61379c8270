namespace NrcGame.Market;

/// <summary>
/// Resolves one quarter for every firm at once, following the 17 steps of market-model.md §8.2. Pure and
/// deterministic: the same <see cref="TurnInput"/> gives a bit-identical <see cref="TurnOutcome"/>; firms are
/// processed in ordinal order of their ids, so the order of the input dictionary does not matter.
/// For an "Et si… ?" counterfactual: <c>Resolve(input.WithDecisions(firmId, changed))</c>.
/// </summary>
public static class TurnResolver
{
    /// <summary>Resolves the turn.</summary>
    public static TurnOutcome Resolve(TurnInput input)
    {

        var scenario = input.Scenario;
        var layout = new MarketLayout(scenario, input.Turn, input.Firms.Count);
        var firms = input.Firms.OrderBy(pair => pair.Key, StringComparer.Ordinal)
            .Select(pair => new FirmWork(pair.Key, pair.Value, layout)).ToList();
        foreach (var firm in firms)
        {
            StaffingStep.Apply(firm, layout);
            SalesforceCapacityStep.Apply(firm, layout);
            CommunicationStep.Apply(firm, layout);
            ListingStep.Apply(firm, layout);
            AttractionStep.Apply(firm, layout);
        }
        var categoryDemand = DemandStep.Apply(firms, layout, input.Seed);
        SupplyStep.Apply(firms, layout);
        foreach (var firm in firms) firm.Books = Bookkeeping.Close(firm, layout, input.Seed);
        var totals = new MarketTotals(firms, layout);
        var outcomes = firms.Select(firm => ResultBuilder.Build(firm, layout, categoryDemand, totals, input.Seed)).ToList();
        var scores = Scoring.Score(outcomes, scenario);
        var results = new Dictionary<string, FirmTurnResult>(StringComparer.Ordinal);
        for (var f = 0; f < firms.Count; f++)
        {
            var result = outcomes[f].Result;
            results[result.FirmId] = result with
            {
                Score = scores[result.FirmId],
                Studies = MarketStudies.For(firms[f].Decisions, firms, outcomes, scenario),
            };
        }

        return new TurnOutcome(input.Turn, results, News.Build(layout, firms, outcomes, categoryDemand, Scoring.Standings(scores)));
    }
}
