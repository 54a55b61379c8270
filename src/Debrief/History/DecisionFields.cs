using System.Globalization;
using System.Text.Json;

namespace NrcGame.Debrief;

/// <summary>
/// Flattens a firm's decisions into its leaves, through their JSON form (web conventions, the form the API carries), so
/// every field of <see cref="FirmDecisions"/> — present or added later — is listed without a hand-written mapping.
/// Empty lists and dictionaries have no leaf.
/// </summary>
public static class DecisionFields
{
    private static readonly JsonSerializerOptions Web = new(JsonSerializerDefaults.Web);

    /// <summary>The leaves of <paramref name="decisions"/>, in declaration order.</summary>
    public static IReadOnlyList<DecisionField> Of(FirmDecisions decisions)
    {
        var fields = new List<DecisionField>();
        Flatten(JsonSerializer.SerializeToElement(decisions, Web), "", fields);
        return fields;
    }

    /// <summary>The fields whose value differs between <paramref name="before"/> and <paramref name="after"/>; a missing side is empty text.</summary>
    public static IReadOnlyList<DecisionChange> Changes(FirmDecisions before, FirmDecisions after)
    {
        var old = Of(before).ToDictionary(field => field.Path, field => field.Text, StringComparer.Ordinal);
        var now = Of(after).ToDictionary(field => field.Path, field => field.Text, StringComparer.Ordinal);
        return old.Keys.Concat(now.Keys.Where(path => !old.ContainsKey(path)))
            .Select(path => new DecisionChange(path, old.GetValueOrDefault(path, ""), now.GetValueOrDefault(path, "")))
            .Where(change => change.Before != change.After)
            .ToList();
    }

    private static void Flatten(JsonElement element, string path, List<DecisionField> fields)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                foreach (var property in element.EnumerateObject()) Flatten(property.Value, Join(path, property.Name), fields);
                break;
            case JsonValueKind.Array:
                var index = 0;
                foreach (var item in element.EnumerateArray()) Flatten(item, $"{path}[{index++}]", fields);
                break;
            case JsonValueKind.Number:
                // Without trailing zeros: 0.10 as the scenario writes it and 0.1 as a browser sends it back are the same decision.
                var number = element.GetDecimal() / 1.0000000000000000000000000000m;
                fields.Add(new(path, number.ToString(CultureInfo.InvariantCulture), number));
                break;
            case JsonValueKind.True:
                fields.Add(new(path, "oui", null));
                break;
            case JsonValueKind.False:
                fields.Add(new(path, "non", null));
                break;
            case JsonValueKind.String:
                fields.Add(new(path, element.GetString() ?? "", null));
                break;
            default:
                fields.Add(new(path, "", null));
                break;
        }
    }

    private static string Join(string path, string name) => path.Length == 0 ? name : $"{path}.{name}";
}
