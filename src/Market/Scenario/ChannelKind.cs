using System.Text.Json.Serialization;

namespace NrcGame.Market;

/// <summary>Kind of distribution channel (market-model.md §5, §8.1).</summary>
[JsonConverter(typeof(JsonStringEnumConverter<ChannelKind>))]
public enum ChannelKind
{
    /// <summary>Hyper and supermarkets: listing (référencement) needed, retailer taux de marque ≈ 25 %.</summary>
    Hypermarket,

    /// <summary>Proximity stores: listing needed, taux de marque ≈ 32 %.</summary>
    Proximity,

    /// <summary>Wholesalers (grossistes): listing needed, taux de marque ≈ 12 %.</summary>
    Wholesaler,

    /// <summary>E-commerce marketplace: DV = 1 once the firm opts in; the marketplace keeps a commission.</summary>
    ECommerce,

    /// <summary>Direct sales by the firm's own salesforce: always available (DV = 1), no intermediary margin.</summary>
    Direct,
}
