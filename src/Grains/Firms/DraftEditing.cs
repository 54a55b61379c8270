using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using NrcGame.Market;

namespace NrcGame.Grains.Firms;

/// <summary>
/// Changes one field of a team's draft, addressed by its JSON path as the API names it
/// (<c>pricing.listPrice.B2C_GP</c>, <c>remuneration.commissionRate</c>…). Pure: the draft is
/// rewritten through its JSON form, so any field of <see cref="FirmDecisions"/> can be edited and
/// a value of the wrong type is refused with a French message, leaving the draft unchanged.
/// </summary>
public static partial class DraftEditing
{
    /// <summary>Longest field path accepted.</summary>
    public const int MaxPathLength = 200;

    /// <summary>Largest value accepted, as JSON text.</summary>
    public const int MaxValueLength = 16 * 1024;

    /// <summary>The draft with <paramref name="path"/> set to <paramref name="valueJson"/>, or the French reason it cannot be.</summary>
    public static (FirmDecisions? Draft, string? Error) Apply(FirmDecisions draft, string path, string valueJson)
    {
        if (path.Length is 0 or > MaxPathLength || !PathSyntax().IsMatch(path))
            return (null, $"Champ « {Shorten(path)} » : nom de champ invalide.");
        if (valueJson.Length > MaxValueLength)
            return (null, $"Champ « {path} » : valeur trop longue.");
        JsonNode? value;
        try
        {
            value = JsonNode.Parse(valueJson);
        }
        catch (JsonException)
        {
            return (null, $"Champ « {path} » : valeur illisible.");
        }

        var root = JsonSerializer.SerializeToNode(draft, SerializationConfiguration.MarketJson)!.AsObject();
        var segments = path.Split('.');
        JsonObject parent = root;
        foreach (var segment in segments[..^1])
        {
            if (parent[segment] is not JsonObject child) return (null, $"Champ « {path} » : ce champ n'existe pas.");
            parent = child;
        }
        var leaf = segments[^1];
        var isDictionaryEntry = !parent.ContainsKey(leaf) && segments.Length > 1;
        if (!parent.ContainsKey(leaf) && !isDictionaryEntry) return (null, $"Champ « {path} » : ce champ n'existe pas.");
        parent[leaf] = value;
        try
        {
            var edited = root.Deserialize<FirmDecisions>(SerializationConfiguration.MarketJson);
            if (edited is null) return (null, $"Champ « {path} » : valeur refusée.");
            // A key added to something that is not a dictionary is silently dropped by the deserializer: refuse it.
            var roundTrip = JsonSerializer.SerializeToNode(edited, SerializationConfiguration.MarketJson)!;
            if (!JsonNode.DeepEquals(Navigate(roundTrip, segments), value)) return (null, $"Champ « {path} » : ce champ n'existe pas ou n'accepte pas cette valeur.");
            return (edited, null);
        }
        catch (Exception exception) when (exception is JsonException or InvalidOperationException or NotSupportedException or FormatException)
        {
            return (null, $"Champ « {path} » : valeur de type incorrect (nombre, texte ou liste attendu).");
        }
    }

    private static JsonNode? Navigate(JsonNode node, string[] segments)
    {
        JsonNode? current = node;
        foreach (var segment in segments) current = current is JsonObject obj ? obj[segment] : null;
        return current;
    }

    private static string Shorten(string path) => path.Length > 40 ? path[..40] + "…" : path;

    [GeneratedRegex(@"^[A-Za-z0-9_\-]+(\.[A-Za-z0-9_\-]+)*$")]
    private static partial Regex PathSyntax();
}
