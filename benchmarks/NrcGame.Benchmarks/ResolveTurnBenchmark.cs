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
    public void Setup() => input = MidGameTurn.For(12);

    /// <summary>Resolves one turn.</summary>
    [Benchmark]
    public TurnOutcome ResolveTurn() => TurnResolver.Resolve(input);
}
