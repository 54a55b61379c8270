using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace NrcGame.Scenarios.Tests;

/// <summary>
/// The subset of JSON Schema that <c>scenario.schema.json</c> uses: <c>$ref</c> to <c>$defs</c>, <c>type</c>,
/// <c>required</c>, <c>properties</c>, <c>additionalProperties</c>, <c>items</c>, <c>enum</c>, <c>minimum</c>,
/// <c>maximum</c>, <c>minItems</c>, <c>maxItems</c>, <c>minLength</c> and <c>pattern</c>.
/// </summary>
internal sealed class SchemaChecker(JsonObject schema)
{
    /// <summary>Every violation of the schema by <paramref name="instance"/>, as « path : reason ».</summary>
    public IReadOnlyList<string> Check(JsonNode? instance)
    {
        var violations = new List<string>();
        Check(schema, instance, "$", violations);
        return violations;
    }

    private void Check(JsonObject rule, JsonNode? value, string path, List<string> violations)
    {
        if (rule["$ref"] is JsonValue reference)
        {
            var name = reference.GetValue<string>().Replace("#/$defs/", "", StringComparison.Ordinal);
            Check(schema["$defs"]![name]!.AsObject(), value, path, violations);
            return;
        }
        if (rule["type"] is JsonNode type && !TypeMatches(type, value))
        {
            violations.Add($"{path} : type {type.ToJsonString()} attendu");
            return;
        }
        if (rule["enum"] is JsonArray allowed && !allowed.Any(option => JsonNode.DeepEquals(option, value)))
            violations.Add($"{path} : valeur hors de l'énumération");
        if (value is JsonValue scalar && scalar.GetValueKind() == JsonValueKind.Number)
        {
            var number = scalar.GetValue<double>();
            if (rule["minimum"] is JsonValue min && number < min.GetValue<double>()) violations.Add($"{path} : {number} < minimum");
            if (rule["maximum"] is JsonValue max && number > max.GetValue<double>()) violations.Add($"{path} : {number} > maximum");
        }
        if (value is JsonValue text && text.GetValueKind() == JsonValueKind.String)
        {
            var content = text.GetValue<string>();
            if (rule["minLength"] is JsonValue minLength && content.Length < minLength.GetValue<int>()) violations.Add($"{path} : texte trop court");
            if (rule["pattern"] is JsonValue pattern && !Regex.IsMatch(content, pattern.GetValue<string>())) violations.Add($"{path} : « {content} » ne suit pas le motif");
        }
        if (value is JsonArray list)
        {
            if (rule["minItems"] is JsonValue minItems && list.Count < minItems.GetValue<int>()) violations.Add($"{path} : trop peu d'éléments");
            if (rule["maxItems"] is JsonValue maxItems && list.Count > maxItems.GetValue<int>()) violations.Add($"{path} : trop d'éléments");
            if (rule["items"] is JsonObject items)
            {
                for (var index = 0; index < list.Count; index++) Check(items, list[index], $"{path}[{index}]", violations);
            }
        }
        if (value is JsonObject map) CheckObject(rule, map, path, violations);
    }

    private void CheckObject(JsonObject rule, JsonObject map, string path, List<string> violations)
    {
        foreach (var required in rule["required"]?.AsArray().Select(name => name!.GetValue<string>()) ?? [])
        {
            if (!map.ContainsKey(required)) violations.Add($"{path} : « {required} » obligatoire");
        }
        var properties = rule["properties"]?.AsObject();
        foreach (var (name, child) in map)
        {
            if (properties?[name] is JsonObject property) Check(property, child, $"{path}.{name}", violations);
            else if (rule["additionalProperties"] is JsonObject additional) Check(additional, child, $"{path}.{name}", violations);
            else if (rule["additionalProperties"] is JsonValue allowed && !allowed.GetValue<bool>()) violations.Add($"{path} : champ « {name} » non prévu");
        }
    }

    private static bool TypeMatches(JsonNode type, JsonNode? value)
    {
        var names = type is JsonArray many ? many.Select(name => name!.GetValue<string>()) : [type.GetValue<string>()];
        var kind = value?.GetValueKind() ?? JsonValueKind.Null;
        return names.Any(name => name switch
        {
            "object" => kind == JsonValueKind.Object,
            "array" => kind == JsonValueKind.Array,
            "string" => kind == JsonValueKind.String,
            "boolean" => kind is JsonValueKind.True or JsonValueKind.False,
            "null" => kind == JsonValueKind.Null,
            "number" => kind == JsonValueKind.Number,
            "integer" => kind == JsonValueKind.Number && double.IsInteger(double.Parse(value!.ToJsonString(), CultureInfo.InvariantCulture)),
            _ => false,
        });
    }
}
