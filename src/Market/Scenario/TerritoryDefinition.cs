namespace NrcGame.Market;

/// <summary>A sales territory k (secteur) and its Talley workload (market-model.md §3.1, §3.2).</summary>
public sealed record TerritoryDefinition
{
    /// <summary>Identifier used as a key everywhere.</summary>
    public string Id { get; init; } = "";

    /// <summary>French display name.</summary>
    public string Name { get; init; } = "";

    /// <summary>τ_k, share of field time lost travelling (15 % dense urban – 35 % rural, §3.2).</summary>
    public double TravelShare { get; init; } = 0.25;

    /// <summary>CV_k, volatility of a rep's sales in this territory (0.15–0.25, §4.5).</summary>
    public double Volatility { get; init; } = 0.2;

    /// <summary>Accounts (outlets or client firms) to visit, by channel id; channels without visits are absent (§3.1).</summary>
    public IReadOnlyDictionary<string, double> Accounts { get; init; } = new Dictionary<string, double>();
}
