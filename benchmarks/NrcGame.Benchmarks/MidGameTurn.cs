using NrcGame.Market;

namespace NrcGame.Benchmarks;

/// <summary>The input of a mid-game turn on the benchmarks' reference market (2 segments, 6 territories, 4 channels, 15 reps per firm).</summary>
internal static class MidGameTurn
{
    /// <summary>
    /// Turn 2 for <paramref name="firmCount"/> firms with the scenario's starting decisions, after turn 1
    /// was resolved with the same decisions (so receivables, stock and history exist).
    /// </summary>
    public static TurnInput For(int firmCount)
    {
        var scenario = ScenarioFactory.Standard(territoryCount: 6, repsPerFirm: 15);
        var ids = Enumerable.Range(1, firmCount).Select(index => $"f{index}").ToList();
        var starts = ScenarioStart.InitialStates(scenario, ids);
        var first = new TurnInput(scenario, 1, 2026UL, starts.ToDictionary(pair => pair.Key, pair => new FirmTurnInput(pair.Value.State, pair.Value.Decisions)));
        var outcome = TurnResolver.Resolve(first);
        return first with
        {
            Turn = 2,
            Firms = starts.ToDictionary(pair => pair.Key, pair => new FirmTurnInput(outcome.Firms[pair.Key].NextState, pair.Value.Decisions)),
        };
    }
}
