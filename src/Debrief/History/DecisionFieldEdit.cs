using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace NrcGame.Debrief;

/// <summary>
/// Changes one field of a firm's decisions named by its camelCase path (<see cref="DecisionField.Path"/>), through the
/// JSON form of the decisions, so an « Et si… ? » form can offer every field without a hand-written mapping. A missing
/// leaf under an existing dictionary (e.g. <c>objectives.B2C_GP</c>) is added; a name the decisions do not have is refused.
/// </summary>
public static class DecisionFieldEdit
{
    private static readonly JsonSerializerOptions Web = new(JsonSerializerDefaults.Web);

    /// <summary><paramref name="decisions"/> with the field at <paramref name="path"/> set to <paramref name="value"/> (numbers with a point or a comma; booleans « oui »/« non »).</summary>
    /// <exception cref="ArgumentException">The path names no field, or the value does not fit the field (French message).</exception>
    public static FirmDecisions With(FirmDecisions decisions, string path, string value)
    {
        var root = JsonSerializer.SerializeToNode(decisions, Web)!;
        var segments = Segments(path);
        var parent = segments.SkipLast(1).Aggregate((JsonNode?)root, Child)
                     ?? throw new ArgumentException($"Le champ « {path} » n'existe pas dans les décisions.");
        var last = segments[^1];
        var existing = Child(parent, last);
        JsonNode leaf = Leaf(existing?.GetValueKind(), value.Trim(), path);
        switch (parent, last)
        {
            case (JsonObject container, string name):
                container[name] = leaf;
                break;
            case (JsonArray list, int index) when existing is not null:
                list[index] = leaf;
                break;
            default:
                throw new ArgumentException($"Le champ « {path} » n'existe pas dans les décisions.");
        }
        FirmDecisions changed;
        try
        {
            changed = root.Deserialize<FirmDecisions>(Web) ?? decisions;
        }
        catch (JsonException)
        {
            throw new ArgumentException($"La valeur « {value} » ne convient pas au champ « {path} ».");
        }
        // A name the decisions do not have is dropped by the deserializer: the field must be there after the change.
        if (!DecisionFields.Of(changed).Any(field => field.Path == path))
            throw new ArgumentException($"Le champ « {path} » n'existe pas dans les décisions.");
        return changed;
    }

    private static JsonNode Leaf(JsonValueKind? kind, string value, string path)
    {
        var number = decimal.TryParse(value.Replace(',', '.'), NumberStyles.Number, CultureInfo.InvariantCulture, out var parsed) ? parsed : (decimal?)null;
        bool? flag = value switch { "oui" or "true" => true, "non" or "false" => false, _ => null };
        return kind switch
        {
            JsonValueKind.Number => number is { } amount ? JsonValue.Create(amount) : throw NotA("un nombre", value, path),
            JsonValueKind.True or JsonValueKind.False => flag is { } yes ? JsonValue.Create(yes) : throw NotA("oui ou non", value, path),
            JsonValueKind.String => JsonValue.Create(value),
            _ => number is { } amount ? JsonValue.Create(amount) : flag is { } yes ? JsonValue.Create(yes) : JsonValue.Create(value),
        };
    }

    private static ArgumentException NotA(string expected, string value, string path) =>
        new($"Le champ « {path} » attend {expected} : « {value} » ne convient pas.");

    private static JsonNode? Child(JsonNode? node, object segment) => (node, segment) switch
    {
        (JsonObject container, string name) => container[name],
        (JsonArray list, int index) when index >= 0 && index < list.Count => list[index],
        _ => null,
    };

    /// <summary>"a.b[2].c" → ["a", "b", 2, "c"].</summary>
    private static List<object> Segments(string path)
    {
        var segments = new List<object>();
        foreach (var part in path.Split('.'))
        {
            var bracket = part.IndexOf('[');
            segments.Add(bracket < 0 ? part : part[..bracket]);
            if (bracket < 0) continue;
            foreach (var index in part[(bracket + 1)..].TrimEnd(']').Split("]["))
                segments.Add(int.TryParse(index, NumberStyles.None, CultureInfo.InvariantCulture, out var position) ? position : -1);
        }
        return segments;
    }
}
