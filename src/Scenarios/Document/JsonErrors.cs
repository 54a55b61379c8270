using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using NrcGame.Market;

namespace NrcGame.Scenarios;

/// <summary>Turns System.Text.Json exceptions into French reasons and scenario paths.</summary>
internal static partial class JsonErrors
{
    private static readonly Type[] Enums =
        [typeof(SegmentKind), typeof(ChannelKind), typeof(RepStatus), typeof(CommissionBase), typeof(QuotaRule), typeof(ManagementStyle), typeof(MarketStudy), typeof(ChangeOperation)];

    /// <summary>Malformed JSON: where (line and position from 1) and a hint.</summary>
    public static string Syntax(JsonException exception) =>
        $"le fichier n'est pas un JSON valide à la ligne {(exception.LineNumber ?? 0) + 1}, position {(exception.BytePositionInLine ?? 0) + 1} "
        + "(vérifiez les guillemets, les virgules entre les champs et les accolades ou crochets fermants).";

    /// <summary>Well-formed JSON whose content does not fit the format: unknown field or wrong type.</summary>
    public static string Content(JsonException exception)
    {
        var unknown = UnknownField().Match(exception.Message);
        if (unknown.Success) return $"le champ « {unknown.Groups[1].Value} » n'existe pas dans ce format (faute de frappe ?).";
        return $"valeur de type incorrect, il faut {Expected(exception.Message)}.";
    }

    /// <summary>What the field expects, from the target type named in the exception message.</summary>
    private static string Expected(string message)
    {
        var type = TargetType().Match(message).Groups[1].Value;
        var known = Enums.FirstOrDefault(candidate => type.Contains(candidate.FullName!, StringComparison.Ordinal));
        if (known is not null) return $"l'une des valeurs {string.Join(", ", Enum.GetNames(known))}";
        if (type.Contains("Int32", StringComparison.Ordinal) || type.Contains("Int64", StringComparison.Ordinal)) return "un nombre entier";
        if (type.Contains("Double", StringComparison.Ordinal) || type.Contains("Decimal", StringComparison.Ordinal)) return "un nombre";
        if (type.Contains("String", StringComparison.Ordinal)) return "un texte entre guillemets";
        if (type.Contains("Boolean", StringComparison.Ordinal)) return "true ou false";
        if (type.Contains("Dictionary", StringComparison.Ordinal)) return "un objet { \"clé\": valeur }";
        if (type.Contains("List", StringComparison.Ordinal)) return "une liste [ … ]";
        return "un objet { … }";
    }

    /// <summary>
    /// The scenario path of a JSON path such as <c>$.market.segments[0].referencePrice</c>: list positions become
    /// ids when the element has one (<c>segments[B2C_GP].referencePrice</c>), the <c>market.</c> prefix is dropped.
    /// </summary>
    public static string ScenarioPath(JsonNode root, string? jsonPath)
    {
        var parts = new List<string>();
        JsonNode? node = root;
        foreach (Match token in JsonPathToken().Matches(jsonPath ?? ""))
        {
            if (token.Groups["index"].Success)
            {
                var index = int.Parse(token.Groups["index"].Value);
                node = node is JsonArray list && index < list.Count ? list[index] : null;
                var label = JsonNavigator.IdOf(node) ?? (index + 1).ToString();
                if (parts.Count == 0) parts.Add($"[{label}]");
                else parts[^1] += $"[{label}]";
            }
            else
            {
                var name = token.Groups["name"].Success ? token.Groups["name"].Value : token.Groups["quoted"].Value;
                node = node is JsonObject map ? map[name] : null;
                if (!(parts.Count == 0 && name == "market" && node is not null && ReferenceEquals(node.Parent, root))) parts.Add(name);
            }
        }
        return string.Join('.', parts);
    }

    [GeneratedRegex("The JSON property '([^']*)' could not be mapped")]
    private static partial Regex UnknownField();

    [GeneratedRegex(@"converted to ([^\s]+?)\.? Path")]
    private static partial Regex TargetType();

    [GeneratedRegex(@"\.(?<name>[A-Za-z0-9_$-]+)|\[(?<index>\d+)\]|\['(?<quoted>[^']*)'\]")]
    private static partial Regex JsonPathToken();
}
