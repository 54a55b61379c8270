using System.Text.Json.Serialization;

namespace NrcGame.Bots;

/// <summary>The named strategies a bot firm plays (README.md of src/Bots describes each).</summary>
[JsonConverter(typeof(JsonStringEnumConverter<BotStrategy>))]
public enum BotStrategy
{
    /// <summary>« Discounteur » : the lowest list price of the market, lean promotion, large purchases.</summary>
    Discounter,

    /// <summary>« Marque premium » : high price, heavy media and sponsorship, smaller volumes.</summary>
    PremiumBrand,

    /// <summary>« Force de vente » : a large, trained and stimulated sales team, little media.</summary>
    SalesForceHeavy,

    /// <summary>« Distributeurs » : trade marketing, coopération commerciale and time spent on listed channels.</summary>
    DistributorFocused,

    /// <summary>« Suiveur équilibré » : reference levels, its price following the market's average price.</summary>
    BalancedFollower,
}
