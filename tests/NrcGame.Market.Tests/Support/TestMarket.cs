namespace NrcGame.Market.Tests.Support;

/// <summary>A standard market with N symmetric firms at their reference decisions, and helpers to vary one firm.</summary>
internal sealed class TestMarket
{
    public TestMarket(int firmCount = 4, int territoryCount = 3, int repsPerFirm = 6, Func<MarketScenario, MarketScenario>? tune = null)
    {
        Scenario = (tune ?? (scenario => scenario))(ScenarioFactory.Standard(territoryCount, repsPerFirm));
        Ids = Enumerable.Range(1, firmCount).Select(index => $"f{index}").ToList();
        var starts = ScenarioStart.InitialStates(Scenario, Ids);
        States = starts.ToDictionary(pair => pair.Key, pair => pair.Value.State);
        Decisions = starts.ToDictionary(pair => pair.Key, pair => pair.Value.Decisions);
    }

    public MarketScenario Scenario { get; }

    public List<string> Ids { get; }

    public Dictionary<string, FirmState> States { get; }

    public Dictionary<string, FirmDecisions> Decisions { get; }

    public TurnInput Input(int turn = 1, ulong seed = 11UL) =>
        new(Scenario, turn, seed, Ids.ToDictionary(id => id, id => new FirmTurnInput(States[id], Decisions[id])));

    public TurnOutcome Resolve(int turn = 1, ulong seed = 11UL) => TurnResolver.Resolve(Input(turn, seed));

    /// <summary>Resolves <paramref name="turns"/> turns in a row, carrying states; returns every outcome.</summary>
    public List<TurnOutcome> Play(int turns, ulong seed = 11UL)
    {
        var outcomes = new List<TurnOutcome>();
        for (var turn = 1; turn <= turns; turn++)
        {
            var outcome = Resolve(turn, seed);
            foreach (var id in Ids) States[id] = outcome.Firms[id].NextState;
            outcomes.Add(outcome);
        }
        return outcomes;
    }

    public void Change(string firm, Func<FirmDecisions, FirmDecisions> change) => Decisions[firm] = change(Decisions[firm]);

    /// <summary>Total firm demand (units) of a segment, before the stock constraint.</summary>
    public static double Demand(FirmTurnResult result, string segment) =>
        result.Sales.Cells.Where(cell => cell.Segment == segment).Sum(cell => cell.Demand);

    public static Dictionary<string, T> With<T>(IReadOnlyDictionary<string, T> values, string key, T value) =>
        new(values, StringComparer.Ordinal) { [key] = value };

    public static Dictionary<string, T> Map<T>(IReadOnlyDictionary<string, T> values, Func<T, T> change) =>
        values.ToDictionary(pair => pair.Key, pair => change(pair.Value), StringComparer.Ordinal);
}
