using System.Text.Json.Nodes;

namespace NrcGame.Scenarios;

/// <summary>
/// Fields a scenario file must state explicitly (the schema's <c>required</c>); every other field takes the
/// default of market-model.md §8.4 when absent. Checked on the raw JSON, before reading.
/// </summary>
internal static class RequiredFields
{
    private static readonly (string Where, string[] Fields)[] Table =
    [
        ("", ["title", "summary", "goal", "sections", "market", "events"]),
        ("sections[*]", ["id", "title"]),
        ("lessonPlan[*]", ["turn", "focus"]),
        ("market", ["id", "turnCount", "segments", "territories", "channels"]),
        ("market.segments[*]", ["id", "name", "kind", "referencePrice", "unitPurchaseCost", "potential", "channelWeights", "creditMix"]),
        ("market.territories[*]", ["id", "name", "accounts"]),
        ("market.channels[*]", ["id", "name", "kind", "intermediaryMargin"]),
        ("market.creditClasses[*]", ["id", "paymentDelayDays", "defaultProbability", "costOfFunds"]),
        ("events[*]", ["id", "headline", "description", "concepts", "effects"]),
        ("events[*].effects[*]", ["path", "value"]),
    ];

    /// <summary>One error per missing required field.</summary>
    public static IReadOnlyList<ScenarioError> Check(JsonObject root, string file)
    {
        var errors = new ErrorCollector(file);
        foreach (var (where, fields) in Table)
        {
            foreach (var (element, prefix) in Elements(root, where))
            {
                foreach (var field in fields.Where(field => !element.ContainsKey(field)))
                    errors.Add(prefix.Length == 0 ? field : $"{prefix}.{field}", "champ obligatoire manquant.");
            }
        }
        return errors.Errors;
    }

    /// <summary>The objects at <paramref name="where"/> (absent lists give none) with their scenario path.</summary>
    private static IEnumerable<(JsonObject Element, string Path)> Elements(JsonObject root, string where)
    {
        if (where.Length == 0)
        {
            yield return (root, "");
            yield break;
        }
        var (slots, _) = JsonNavigator.Resolve(root, ParameterPath.Parse(where)!);
        foreach (var slot in slots)
        {
            if (slot.Value is JsonObject element)
                yield return (element, slot.Path.StartsWith("market", StringComparison.Ordinal) ? slot.Path["market".Length..].TrimStart('.') : slot.Path);
        }
    }
}
