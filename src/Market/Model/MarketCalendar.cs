namespace NrcGame.Market;

/// <summary>
/// Step 1 of market-model.md §8.2, the environment: potential <c>M_s,k,t = M_s,k,0 (1+g_s)^t</c> (t = turn − 1),
/// seasonal coefficient SI_s,q, economic outlook, channel habits w_s,c.
/// </summary>
internal static class MarketCalendar
{
    /// <summary>Quarter of the year (1–4) of a turn; turn 0 is the quarter before turn 1.</summary>
    public static int QuarterOfYear(MarketScenario scenario, int turn) => ((scenario.FirstQuarter - 1 + turn - 1) % 4 + 4) % 4 + 1;

    /// <summary>SI_s,q of the turn's quarter.</summary>
    public static double Seasonality(MarketScenario scenario, SegmentDefinition segment, int turn) =>
        segment.Seasonality.Count == 4 ? segment.Seasonality[QuarterOfYear(scenario, turn) - 1] : 1.0;

    /// <summary>Outlook multiplier of the turn (1 when not given).</summary>
    public static double Outlook(MarketScenario scenario, int turn) =>
        turn >= 1 && turn <= scenario.Outlook.Count ? scenario.Outlook[turn - 1] : 1.0;

    /// <summary>M_s,k,t × SI × outlook: the category volume of a segment in a territory before price and advertising effects.</summary>
    public static double BaseVolume(MarketScenario scenario, SegmentDefinition segment, string territory, int turn)
    {
        var potential = segment.Potential.TryGetValue(territory, out var units) ? units : 0.0;
        return potential * Math.Pow(1.0 + segment.GrowthPerQuarter, turn - 1) * Seasonality(scenario, segment, turn) * Outlook(scenario, turn);
    }

    /// <summary>w_s,c (0 when the segment does not buy through the channel).</summary>
    public static double ChannelWeight(SegmentDefinition segment, string channel) =>
        segment.ChannelWeights.TryGetValue(channel, out var weight) ? weight : 0.0;

    /// <summary>Reference net invoice price of a segment in a channel: P_ref × (1 − reference remise).</summary>
    public static decimal ReferenceNetPrice(SegmentDefinition segment, ChannelDefinition channel) =>
        Math.Round(segment.ReferencePrice * (1m - channel.ReferenceDiscount), 2);

    /// <summary>Required visits W_k,c = accounts × recommended calls (Talley, §3.1).</summary>
    public static double RequiredVisits(TerritoryDefinition territory, ChannelDefinition channel) =>
        territory.Accounts.TryGetValue(channel.Id, out var accounts) ? accounts * channel.CallsPerAccount : 0.0;
}
