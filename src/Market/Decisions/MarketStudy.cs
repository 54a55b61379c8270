using System.Text.Json.Serialization;

namespace NrcGame.Market;

/// <summary>Market studies a firm can buy for the quarter (product.md).</summary>
[JsonConverter(typeof(JsonStringEnumConverter<MarketStudy>))]
public enum MarketStudy
{
    /// <summary>Competitors' list prices per segment.</summary>
    CompetitorPrices,

    /// <summary>Every firm's market shares (volume and value) per segment.</summary>
    MarketShares,

    /// <summary>Distribution panel: every firm's DN/DV per channel.</summary>
    DistributionPanel,

    /// <summary>Salesforce benchmark: every firm's headcount, coverage and pay level.</summary>
    SalesforceBenchmark,
}
