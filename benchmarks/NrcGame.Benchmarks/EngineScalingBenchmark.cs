using BenchmarkDotNet.Attributes;
using NrcGame.Market;

namespace NrcGame.Benchmarks;

/// <summary>
/// How one turn's resolution grows with the number of firms (issue 10): 4, 8, 16 and 32 firms on the
/// same market as <see cref="ResolveTurnBenchmark"/> (2 segments, 6 territories, 4 channels, 15 reps
/// per firm), each resolving a mid-game turn 2. The market's potentials are not scaled with the firm
/// count: the benchmark isolates what the engine does per firm, not what each firm sells.
/// </summary>
[MemoryDiagnoser]
public class EngineScalingBenchmark
{
    private TurnInput input = null!;

    /// <summary>Number of competing firms.</summary>
    [Params(4, 8, 16, 32)]
    public int Firms { get; set; }

    /// <summary>Resolves turn 1 once for <see cref="Firms"/> firms, so that turn 2 starts with receivables and history.</summary>
    [GlobalSetup]
    public void Setup() => input = MidGameTurn.For(Firms);

    /// <summary>Resolves one turn.</summary>
    [Benchmark]
    public TurnOutcome ResolveTurn() => TurnResolver.Resolve(input);
}
