using BenchmarkDotNet.Attributes;
using NrcGame.Market;

namespace NrcGame.Benchmarks;

/// <summary>
/// One turn's resolution at classroom scale (issue 3): 12 firms, 2 segments, 6 territories, 4 channels,
/// 15 reps per firm. Target: mean under 2 ms and under 1 MB allocated per turn.
/// </summary>
[MemoryDiagnoser]
public class ResolveTurnBenchmark
{
    private TurnInput input = null!;

    /// <summary>Builds the reference market and resolves turn 1 once, so the benchmark resolves a mid-game turn 2 with receivables and history.</summary>
    [GlobalSetup]
    public void Setup()
    {
        var scenario = ScenarioFactory.Standard(territoryCount: 6, repsPerFirm: 15);
        var ids = Enumerable.Range(1, 12).Select(index => $"f{index}").ToList();
        var starts = ScenarioStart.InitialStates(scenario, ids);
        var first = new TurnInput(scenario, 1, 2026UL, starts.ToDictionary(pair => pair.Key, pair => new FirmTurnInput(pair.Value.State, pair.Value.Decisions)));
        var outcome = TurnResolver.Resolve(first);
        input = first with
        {
            Turn = 2,
            Firms = starts.ToDictionary(pair => pair.Key, pair => new FirmTurnInput(outcome.Firms[pair.Key].NextState, pair.Value.Decisions)),
        };
    }

    /// <summary>Resolves one turn.</summary>
    [Benchmark]
    public TurnOutcome ResolveTurn() => TurnResolver.Resolve(input);
}
