namespace NrcGame.Market;

/// <summary>
/// Step 5 of market-model.md §8.2 (listing, §5.2). For a channel that needs listing, the retailer's expected
/// profit from the brand is <c>Π = tm/(1 − tm)·last net revenue + trade funds</c>, compared with the same profit
/// for a reference firm: <c>π = 1/(1 + exp(−(Π/Π_ref − hurdle)/σ))</c>, reduced by last quarter's stock-outs; then
/// <c>DV_t = DV_{t−1} + α·(π − DV_{t−1})</c> with α scaled by the salesforce stock of the channel (push).
/// E-commerce: DV = 1 when the firm opts in; direct sales: DV = 1.
/// </summary>
internal static class ListingStep
{
    public static void Apply(FirmWork firm, MarketLayout layout)
    {
        var scenario = layout.Scenario;
        for (var c = 0; c < scenario.Channels.Count; c++)
        {
            var channel = scenario.Channels[c];
            var trade = firm.Decisions.Promotion.Trade.TryGetValue(channel.Id, out var decision) ? decision : new TradeDecision();
            for (var t = 0; t < scenario.Territories.Count; t++)
            {
                firm.Distribution[t, c] = channel.Kind switch
                {
                    ChannelKind.Direct => 1.0,
                    ChannelKind.ECommerce => trade.OnlineListing ? 1.0 : 0.0,
                    _ => Listed(firm, layout, channel, trade, t, c),
                };
            }
        }
    }

    private static double Listed(FirmWork firm, MarketLayout layout, ChannelDefinition channel, TradeDecision trade, int t, int c)
    {
        var territory = layout.Scenario.Territories[t].Id;
        double reference = 0, channelReference = 0;
        foreach (var cell in layout.Cells)
        {
            if (cell.Channel != c) continue;
            channelReference += (double)cell.ReferenceLastRevenue;
            if (cell.Territory == t) reference += (double)cell.ReferenceLastRevenue;
        }
        var weight = channelReference > 0 ? reference / channelReference : 0;
        var lastRevenue = 0.0;
        var lastSales = firm.State.LastSales;
        for (var k = 0; k < lastSales.Count; k++)
        {
            var sale = lastSales[k];
            if (sale.Channel == channel.Id && sale.Territory == territory) lastRevenue += (double)sale.RevenueHt;
        }
        var margin = channel.IntermediaryMargin / (1 - channel.IntermediaryMargin);
        var funds = weight * (double)(trade.ListingFees + trade.DisplaySpend) + (double)trade.CooperationRate * lastRevenue;
        var profit = margin * lastRevenue + funds;
        var referenceProfit = margin * reference + weight * (double)channel.ReferenceTradeSpend;
        var probability = referenceProfit > 0 ? 1 / (1 + Math.Exp(-(profit / referenceProfit - channel.ListingHurdle) / channel.ListingSpread)) : 0;
        if (firm.State.ServiceLevel < 0.9) probability *= firm.State.ServiceLevel;
        var previous = CellStock.Of(firm.State.Distribution, territory, channel.Id);
        var v = layout.VisitCellOf[t, c];
        var push = v >= 0 ? Math.Min(1, 0.5 + 0.5 * firm.SalesforceStock[v]) : 0.5;
        return previous + channel.ListingAdjustment * push * (probability - previous);
    }
}
