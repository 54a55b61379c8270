namespace NrcGame.Market;

/// <summary>Everything one turn's resolution depends on: same input, bit-identical <see cref="TurnOutcome"/>.</summary>
/// <param name="Scenario">The market.</param>
/// <param name="Turn">Turn being resolved (1-based).</param>
/// <param name="Seed">Game seed; every random draw derives from (seed, turn, firm, purpose).</param>
/// <param name="Firms">State and decisions per firm id.</param>
public sealed record TurnInput(MarketScenario Scenario, int Turn, ulong Seed, IReadOnlyDictionary<string, FirmTurnInput> Firms)
{
    /// <summary>
    /// The same turn with one firm's decisions replaced and everything else frozen ("Et si… ?", product.md
    /// debrief): <c>TurnResolver.Resolve(input.WithDecisions("f2", changed))</c>.
    /// </summary>
    public TurnInput WithDecisions(string firmId, FirmDecisions decisions)
    {
        var firms = Firms.ToDictionary(pair => pair.Key, pair => pair.Value, StringComparer.Ordinal);
        firms[firmId] = firms[firmId] with { Decisions = decisions };
        return this with { Firms = firms };
    }
}
