namespace NrcGame.Market;

/// <summary>The public news of a quarter, shown to everybody (product.md "What a turn produces").</summary>
public sealed record MarketNews
{
    /// <summary>Turn resolved.</summary>
    public int Turn { get; init; }

    /// <summary>Category facts per segment.</summary>
    public IReadOnlyList<CategoryNews> Categories { get; init; } = [];

    /// <summary>Public events in French (departures of reps, stock-outs, cessation de paiements…).</summary>
    public IReadOnlyList<string> Events { get; init; } = [];

    /// <summary>Standings by the composite score, best first.</summary>
    public IReadOnlyList<Standing> Standings { get; init; } = [];
}
