namespace NrcGame.Market;

/// <summary>The pro-forma of a firm's decisions (product.md): certain costs, implied break-even, Talley coverage.</summary>
public static class ProForma
{
    /// <summary>Computes the pro-forma of <paramref name="decisions"/> for <paramref name="turn"/> from <paramref name="state"/>.</summary>
    public static ProFormaResult Compute(MarketScenario scenario, int turn, FirmState state, FirmDecisions decisions) => new();
}
