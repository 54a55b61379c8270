using NrcGame.Market;

namespace NrcGame.Scenarios;

/// <summary>Checks the channels and the territories (Talley workload) against market-model.md §3, §5 and §8.4.</summary>
internal static class NetworkValidator
{
    /// <summary>Adds the errors of the channels and territories of <paramref name="market"/>.</summary>
    public static void Check(MarketScenario market, MarketIds ids, ErrorCollector errors)
    {
        var visited = market.Territories.SelectMany(territory => territory.Accounts.Where(pair => pair.Value > 0).Select(pair => pair.Key))
            .ToHashSet(StringComparer.Ordinal);
        foreach (var channel in market.Channels) CheckChannel(channel, visited.Contains(channel.Id), errors);
        var kinds = market.Channels.GroupBy(channel => channel.Id, StringComparer.Ordinal).ToDictionary(group => group.Key, group => group.First().Kind, StringComparer.Ordinal);
        foreach (var territory in market.Territories)
        {
            var path = $"territories[{territory.Id}]";
            errors.Required($"{path}.name", territory.Name);
            errors.InRange($"{path}.travelShare", territory.TravelShare, new NumericRange(0.15, 0.35, RangeUnit.Fraction));
            errors.InRange($"{path}.volatility", territory.Volatility, new NumericRange(0.15, 0.25, RangeUnit.Fraction));
            errors.KnownKeys($"{path}.accounts", territory.Accounts.Keys, ids.Channels, "le canal");
            foreach (var (channel, accounts) in territory.Accounts)
            {
                errors.InRange($"{path}.accounts.{channel}", accounts, new NumericRange(0, 100_000));
                if (accounts > 0 && kinds.GetValueOrDefault(channel) == ChannelKind.ECommerce)
                    errors.Add($"{path}.accounts.{channel}", "un canal e-commerce n'a pas de points de vente à visiter : 0 compte attendu.");
            }
        }
    }

    private static void CheckChannel(ChannelDefinition channel, bool visited, ErrorCollector errors)
    {
        var path = $"channels[{channel.Id}]";
        errors.Required($"{path}.name", channel.Name);
        if (channel.Kind == ChannelKind.Direct && channel.IntermediaryMargin != 0)
            errors.Add($"{path}.intermediaryMargin", $"{FrenchNumbers.Number(channel.IntermediaryMargin)} : la vente directe n'a pas d'intermédiaire, 0 attendu.");
        else if (channel.Kind != ChannelKind.Direct)
            errors.InRange($"{path}.intermediaryMargin", channel.IntermediaryMargin, new NumericRange(0.10, 0.35, RangeUnit.Fraction));
        errors.InRange($"{path}.referenceDiscount", channel.ReferenceDiscount, new NumericRange(0, 0.5, RangeUnit.Fraction));
        errors.InRange($"{path}.callsPerAccount", channel.CallsPerAccount, visited ? new NumericRange(0.5, 12) : new NumericRange(0, 12));
        errors.InRange($"{path}.visitsPerDay", channel.VisitsPerDay, visited ? new NumericRange(3, 8) : new NumericRange(0, 8));
        errors.InRange($"{path}.referenceTradeSpend", channel.ReferenceTradeSpend, new NumericRange(0, 10_000_000, RangeUnit.Euros));
        errors.InRange($"{path}.listingHurdle", channel.ListingHurdle, new NumericRange(0.1, 1.5));
        errors.InRange($"{path}.listingSpread", channel.ListingSpread, new NumericRange(0.05, 1));
        errors.InRange($"{path}.listingAdjustment", channel.ListingAdjustment, new NumericRange(0.3, 0.8, RangeUnit.Fraction));
        errors.InRange($"{path}.outletConcentration", channel.OutletConcentration, new NumericRange(1, 3));
    }
}
