using NrcGame.Market;

namespace NrcGame.WebClient.Api;

/// <summary>What a team's decision screen needs to know of the market: names, reference figures and allowed ranges.</summary>
/// <param name="Segments">Segments with their price range.</param>
/// <param name="Channels">Channels.</param>
/// <param name="PaymentTermsCap">Legal cap on payment terms (days).</param>
/// <param name="Territories">Sales territories (secteurs) and the channels visited there.</param>
/// <param name="MarketStudyCost">Price of one market study (€ HT).</param>
/// <param name="CreditClasses">Client credit classes a team may accept or refuse, with their payment behaviour.</param>
public sealed record MarketBrief(IReadOnlyList<SegmentBrief> Segments, IReadOnlyList<ChannelBrief> Channels, int PaymentTermsCap,
    IReadOnlyList<TerritoryBrief> Territories, decimal MarketStudyCost, IReadOnlyList<CreditClassBrief> CreditClasses)
{
    /// <summary>The brief of <paramref name="scenario"/>, ranges taken from the engine's own validation rules.</summary>
    public static MarketBrief Of(MarketScenario scenario) => new(
        scenario.Segments.Select(segment => new SegmentBrief(
            segment.Id, segment.Name, segment.ReferencePrice,
            DecisionRules.MinimumPrice(segment), DecisionRules.MaximumPrice(segment),
            segment.UnitPurchaseCost, segment.ReferenceMediaSpend, segment.Kind)).ToList(),
        scenario.Channels.Select(channel => new ChannelBrief(channel.Id, channel.Name)).ToList(),
        DecisionRules.LegalPaymentTermsCap,
        scenario.Territories.Select(territory => new TerritoryBrief(territory.Id, territory.Name, territory.Accounts.Keys.ToList())).ToList(),
        scenario.Finance.MarketStudyCost,
        scenario.CreditClasses.Select(credit => new CreditClassBrief(credit.Id, credit.PaymentDelayDays, credit.DefaultProbability)).ToList());
}

/// <summary>A segment as the decision screen shows it.</summary>
public sealed record SegmentBrief(string Id, string Name, decimal ReferencePrice, decimal MinimumPrice, decimal MaximumPrice, decimal UnitPurchaseCost, decimal ReferenceMediaSpend, SegmentKind Kind);

/// <summary>A channel as the decision screen shows it.</summary>
public sealed record ChannelBrief(string Id, string Name);

/// <summary>A sales territory as the allocation screen shows it.</summary>
/// <param name="Id">Territory id.</param>
/// <param name="Name">French name.</param>
/// <param name="VisitedChannels">Ids of the channels whose accounts reps visit in this territory.</param>
public sealed record TerritoryBrief(string Id, string Name, IReadOnlyList<string> VisitedChannels);

/// <summary>A client credit class as the terms-of-sale screen shows it (S521).</summary>
/// <param name="Id">Class id (A–D).</param>
/// <param name="PaymentDelayDays">Days its clients pay late beyond the agreed term.</param>
/// <param name="DefaultProbability">Share of its receivables defaulting per quarter at terms of 30 days or less.</param>
public sealed record CreditClassBrief(string Id, double PaymentDelayDays, double DefaultProbability);
