namespace NrcGame.Market;

/// <summary>
/// Public entry point to step 1 of market-model.md §8.2 for one segment, for whoever owns a segment's
/// data outside a resolution (the market-segment grain): the same arithmetic the resolution uses.
/// </summary>
public static class SegmentPotential
{
    /// <summary>
    /// The category volume of <paramref name="segment"/> per territory id in <paramref name="turn"/> before price and
    /// advertising effects: <c>M_s,k,0 (1+g_s)^(t−1) × SI_s,q × outlook</c>.
    /// </summary>
    public static IReadOnlyDictionary<string, double> PerTerritory(MarketScenario scenario, SegmentDefinition segment, int turn) =>
        scenario.Territories.ToDictionary(territory => territory.Id, territory => MarketCalendar.BaseVolume(scenario, segment, territory.Id, turn), StringComparer.Ordinal);
}
