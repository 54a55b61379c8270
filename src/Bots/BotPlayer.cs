using NrcGame.Market;
using NrcGame.Market.Accounting;

namespace NrcGame.Bots;

/// <summary>
/// Decides a bot firm's quarter from its strategy, its difficulty and what it knows (<see cref="BotSituation"/>).
/// Pure and deterministic: the same situation gives the same decisions. The decisions are absolute levels
/// relative to the scenario's reference firm, so a strategy never drifts over the turns; the caller checks them
/// with <see cref="DecisionRules.Validate"/> like a team's.
/// </summary>
public static class BotPlayer
{
    /// <summary>The decisions of a bot playing <paramref name="strategy"/> at <paramref name="difficulty"/>.</summary>
    public static FirmDecisions Decide(BotStrategy strategy, BotDifficulty difficulty, BotSituation situation)
    {
        var profile = BotProfile.Of(strategy);
        var traits = DifficultyTraits.Of(difficulty);
        var market = situation.Market;
        // Short of cash: promotion cut to a quarter, no stimulation and no hiring, so that a strategy never spends its firm into cessation de paiements.
        var shortOfCash = ShortOfCash(situation.Market, situation.State);
        var budgetFactor = shortOfCash ? 0.25m : 1m;
        decimal Budget(decimal reference, decimal factor, string what) =>
            Math.Round(reference * factor * budgetFactor * (decimal)(1 + traits.BudgetNoise * Noise(situation, what)), 2);

        var prices = market.Segments.ToDictionary(segment => segment.Id, segment => ListPrice(segment, profile, traits, situation), StringComparer.Ordinal);
        var discounts = market.Channels.ToDictionary(channel => channel.Id, channel => Math.Clamp(channel.ReferenceDiscount + profile.ExtraDiscount, 0m, 0.5m), StringComparer.Ordinal);
        var forecast = market.Segments.ToDictionary(segment => segment.Id, segment => ForecastUnits(segment, profile, traits, situation), StringComparer.Ordinal);
        var team = TeamSize(situation.State);
        var hires = shortOfCash ? [] : Hires(market, profile, team);

        return situation.Current with
        {
            Pricing = situation.Current.Pricing with { ListPrice = prices, Discount = discounts },
            Staffing = new StaffingDecisions { Hires = hires, TrainingDaysPerRep = shortOfCash ? 0 : profile.TrainingDays },
            Remuneration = situation.Current.Remuneration with { StimulationBudget = shortOfCash ? 0m : profile.StimulationPerRep * team },
            Allocation = new AllocationDecisions { Default = TimeSplit(market, profile) },
            Promotion = new PromotionDecisions
            {
                Media = market.Segments.ToDictionary(segment => segment.Id, segment => Budget(segment.ReferenceMediaSpend, profile.MediaFactor, $"media.{segment.Id}"), StringComparer.Ordinal),
                DirectMarketing = market.Segments.ToDictionary(segment => segment.Id, segment => Budget(segment.ReferenceDirectMarketingSpend, profile.MediaFactor, $"dm.{segment.Id}"), StringComparer.Ordinal),
                Sponsorship = market.Segments.ToDictionary(segment => segment.Id, segment => Budget(segment.ReferenceSponsorshipSpend, profile.SponsorshipFactor, $"sponsor.{segment.Id}"), StringComparer.Ordinal),
                Trade = market.Channels.ToDictionary(channel => channel.Id, channel => new TradeDecision
                {
                    DisplaySpend = Budget(channel.ReferenceTradeSpend, profile.TradeFactor, $"trade.{channel.Id}"),
                    CooperationRate = channel.NeedsListing ? profile.CooperationRate : 0m,
                }, StringComparer.Ordinal),
            },
            Purchases = market.Segments.ToDictionary(
                segment => segment.Id,
                segment => Math.Max(0L, (long)Math.Round(forecast[segment.Id] * (1 + traits.SafetyStock)) - Stock(situation.State, segment.Id)),
                StringComparer.Ordinal),
            Objectives = market.Segments.ToDictionary(
                segment => segment.Id,
                segment => Math.Round((decimal)forecast[segment.Id] * prices[segment.Id] * (1m - AverageDiscount(discounts)), 0),
                StringComparer.Ordinal),
            Studies = [],
        };
    }

    /// <summary>The strategy's price level (the follower's from the market's average net price), with the difficulty's noise, within the legal range.</summary>
    private static decimal ListPrice(SegmentDefinition segment, BotProfile profile, DifficultyTraits traits, BotSituation situation)
    {
        // Losing money or short of cash, a price below the reference moves a quarter of the way back up (survival before strategy).
        var factor = profile.PriceFactor < 1m && (situation.State.CumulativeNetIncome < 0 || ShortOfCash(situation.Market, situation.State)) ? (3 * profile.PriceFactor + 1) / 4 : profile.PriceFactor;
        if (profile.FollowsMarketPrice && situation.LastNews?.Categories.FirstOrDefault(news => news.Segment == segment.Id) is { UnitsSold: > 0 } news)
            factor = Math.Clamp(news.AveragePrice / ReferenceNetPrice(segment, situation.Market), BotProfile.FollowerFloor, BotProfile.FollowerCeiling);
        var price = Math.Round(segment.ReferencePrice * factor * (decimal)(1 + traits.PriceNoise * Noise(situation, $"price.{segment.Id}")), 2);
        return Math.Clamp(Math.Max(price, CostFloor(segment, situation.Market)), DecisionRules.MinimumPrice(segment), DecisionRules.MaximumPrice(segment));
    }

    /// <summary>
    /// The lowest list price a bot accepts: after the largest reference remise, the net price still covers the
    /// unit purchase cost plus <see cref="BotProfile.MinimumMarkup"/> (a bot never sells under cost).
    /// </summary>
    private static decimal CostFloor(SegmentDefinition segment, MarketScenario market)
    {
        var largestDiscount = market.Channels.Where(channel => segment.ChannelWeights.ContainsKey(channel.Id))
            .Select(channel => channel.ReferenceDiscount).DefaultIfEmpty(0m).Max();
        return Math.Round(segment.UnitPurchaseCost * (1 + BotProfile.MinimumMarkup) / (1 - largestDiscount), 2);
    }

    /// <summary>The reference net price of a segment averaged over its channels (weighted by the segment's channel habits).</summary>
    private static decimal ReferenceNetPrice(SegmentDefinition segment, MarketScenario market)
    {
        var weighted = market.Channels.Where(channel => segment.ChannelWeights.ContainsKey(channel.Id))
            .Select(channel => (Weight: (decimal)segment.ChannelWeights[channel.Id], Net: 1m - channel.ReferenceDiscount)).ToList();
        var total = weighted.Sum(part => part.Weight);
        return segment.ReferencePrice * (total > 0 ? weighted.Sum(part => part.Weight * part.Net) / total : 1m);
    }

    /// <summary>
    /// Units expected this turn: last quarter's units (grossed up by the service level when demand went unserved)
    /// × the strategy's volume factor, × the seasonal change and growth when the difficulty forecasts them.
    /// </summary>
    private static double ForecastUnits(SegmentDefinition segment, BotProfile profile, DifficultyTraits traits, BotSituation situation)
    {
        var lastUnits = situation.State.LastSales.Where(cell => cell.Segment == segment.Id).Sum(cell => cell.Units);
        var demanded = lastUnits / Math.Max(0.5, situation.State.ServiceLevel);
        var change = traits.SeasonalForecast
            ? SeasonalIndex(situation.Market, segment, situation.Turn) / SeasonalIndex(situation.Market, segment, situation.Turn - 1) * (1 + segment.GrowthPerQuarter)
            : 1.0;
        return demanded * profile.VolumeFactor * change;
    }

    /// <summary>The seasonal coefficient of a turn's quarter of the year (1 when the segment has none).</summary>
    private static double SeasonalIndex(MarketScenario market, SegmentDefinition segment, int turn)
    {
        if (segment.Seasonality.Count != 4) return 1.0;
        var quarter = ((market.FirstQuarter - 1 + turn - 1) % 4 + 4) % 4;
        return Math.Max(0.05, segment.Seasonality[quarter]);
    }

    /// <summary>Hires back to the strategy's target team (the scenario's starting team × the headcount factor), departures included.</summary>
    private static IReadOnlyList<HireOrder> Hires(MarketScenario market, BotProfile profile, int team)
    {
        var start = market.Start.Reps;
        var target = (int)Math.Round(start.Sum(group => group.Count) * profile.HeadcountFactor);
        var missing = Math.Clamp(target - team, 0, 20);
        if (missing == 0) return [];
        var status = start.OrderByDescending(group => group.Count).Select(group => group.Status).DefaultIfEmpty(RepStatus.FieldRep).First();
        return [new HireOrder(status, missing)];
    }

    /// <summary>The reference time split (equal Talley coverage) with the listed channels weighted by the profile, summing to the same total.</summary>
    private static IReadOnlyList<TimeAllocation> TimeSplit(MarketScenario market, BotProfile profile)
    {
        var reference = ScenarioStart.ReferenceAllocation(market);
        var listed = market.Channels.Where(channel => channel.NeedsListing).Select(channel => channel.Id).ToHashSet(StringComparer.Ordinal);
        var weighted = reference.Select(part => part with { Share = part.Share * (listed.Contains(part.Channel) ? profile.ListedChannelTimeWeight : 1.0) }).ToList();
        var total = weighted.Sum(part => part.Share);
        var wanted = Math.Min(1.0, reference.Sum(part => part.Share));
        return total > 0 ? weighted.Select(part => part with { Share = part.Share / total * wanted * 0.999999 }).ToList() : reference;
    }

    private static int TeamSize(FirmState state) => state.Reps.Count + state.PendingHires.Count;

    private static long Stock(FirmState state, string segment) => state.Inventory.TryGetValue(segment, out var inventory) ? inventory.Units : 0;

    /// <summary>
    /// Whether the firm's cash (bank net of the overdraft) is below <see cref="BotProfile.CashReserveShare"/> of the
    /// scenario's starting cash. Waiting for the overdraft is too late: one quarter's purchases and payroll can move
    /// the bank by more than the starting cash, straight past the authorised overdraft.
    /// </summary>
    public static bool ShortOfCash(MarketScenario market, FirmState state) =>
        CashPosition(state) < market.Start.Cash * BotProfile.CashReserveShare;

    /// <summary>Bank balance net of the overdraft (negative when overdrawn).</summary>
    private static decimal CashPosition(FirmState state) =>
        state.Accounts.GetValueOrDefault(AccountNumbers.Bank) + state.Accounts.GetValueOrDefault(AccountNumbers.BankOverdraft);

    private static decimal AverageDiscount(IReadOnlyDictionary<string, decimal> discounts) => discounts.Count == 0 ? 0m : discounts.Values.Average();

    private static double Noise(BotSituation situation, string what) => BotNoise.Draw(situation.Seed, situation.State.FirmId, situation.Turn, what);
}
