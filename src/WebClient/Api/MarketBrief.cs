using NrcGame.Market;

namespace NrcGame.WebClient.Api;

/// <summary>What a team's decision screen needs to know of the market: names, reference figures and allowed ranges.</summary>
public sealed record MarketBrief(IReadOnlyList<SegmentBrief> Segments, IReadOnlyList<ChannelBrief> Channels, int PaymentTermsCap)
{
    /// <summary>The brief of <paramref name="scenario"/>, ranges taken from the engine's own validation rules.</summary>
    public static MarketBrief Of(MarketScenario scenario) => new(
        scenario.Segments.Select(segment => new SegmentBrief(
            segment.Id, segment.Name, segment.ReferencePrice,
            DecisionRules.MinimumPrice(segment), DecisionRules.MaximumPrice(segment),
            segment.UnitPurchaseCost, segment.ReferenceMediaSpend)).ToList(),
        scenario.Channels.Select(channel => new ChannelBrief(channel.Id, channel.Name)).ToList(),
        DecisionRules.LegalPaymentTermsCap);
}

/// <summary>A segment as the decision screen shows it.</summary>
public sealed record SegmentBrief(string Id, string Name, decimal ReferencePrice, decimal MinimumPrice, decimal MaximumPrice, decimal UnitPurchaseCost, decimal ReferenceMediaSpend);

/// <summary>A channel as the decision screen shows it.</summary>
public sealed record ChannelBrief(string Id, string Name);
