using NrcGame.Market;

namespace NrcGame.Scenarios;

/// <summary>Checks the firms' starting position and, when given, their starting decisions (<see cref="DecisionRules.Validate"/>).</summary>
internal static class StartValidator
{
    private static readonly NumericRange Money = new(0, 10_000_000, RangeUnit.Euros);

    /// <summary>Adds the errors of <c>start</c>.</summary>
    public static void Check(MarketScenario market, MarketIds ids, ErrorCollector errors)
    {
        const string path = "start";
        var start = market.Start;
        errors.InRange($"{path}.cash", start.Cash, Money);
        errors.InRange($"{path}.fixedAssets", start.FixedAssets, Money);
        errors.InRange($"{path}.depreciationPerQuarter", start.DepreciationPerQuarter, new NumericRange(0, (double)start.FixedAssets, RangeUnit.Euros));
        errors.InRange($"{path}.overheadsPerQuarter", start.OverheadsPerQuarter, Money);
        for (var index = 0; index < start.Reps.Count; index++)
        {
            var group = start.Reps[index];
            errors.InRange($"{path}.reps[{index + 1}].count", group.Count, new NumericRange(0, 50));
            errors.InRange($"{path}.reps[{index + 1}].tenureQuarters", group.TenureQuarters, new NumericRange(0, 160, RangeUnit.Quarters));
        }
        if (start.Reps.Sum(group => group.Count) == 0) errors.Add($"{path}.reps", "chaque entreprise doit commencer avec au moins un commercial.");
        errors.KnownKeys($"{path}.inventory", start.Inventory.Keys, ids.Segments, "le segment");
        foreach (var (segment, units) in start.Inventory) errors.InRange($"{path}.inventory.{segment}", units, new NumericRange(0, 10_000_000, RangeUnit.Units));
        errors.KnownKeys($"{path}.productQuality", start.ProductQuality.Keys, ids.Segments, "le segment");
        foreach (var (segment, quality) in start.ProductQuality) errors.InRange($"{path}.productQuality.{segment}", quality, new NumericRange(0, 10));
        var listed = market.Channels.Where(channel => channel.NeedsListing).Select(channel => channel.Id).ToHashSet(StringComparer.Ordinal);
        errors.KnownKeys($"{path}.distribution", start.Distribution.Keys, listed, "le canal à référencement");
        foreach (var (channel, dv) in start.Distribution) errors.InRange($"{path}.distribution.{channel}", dv, new NumericRange(0, 1, RangeUnit.Fraction));
        if (start.Decisions is not null && errors.Errors.Count == 0)
        {
            foreach (var error in DecisionRules.Validate(market, start.Decisions))
                errors.Add($"{path}.decisions.{error.Field}", error.Message);
        }
    }
}
