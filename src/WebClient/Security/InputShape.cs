using System.Collections;
using System.Reflection;
using NrcGame.Grains.Games;

namespace NrcGame.WebClient.Security;

/// <summary>
/// Checks a deserialized request body before anything uses it: no missing value where the model
/// declares one non-nullable (JSON <c>null</c>, in a field or inside a list or a map), and no number
/// beyond <see cref="MaxMagnitude"/> (no amount, rate or count of the game comes near it; larger
/// numbers would overflow the engine's decimal arithmetic). Each problem names its field in French.
/// </summary>
public static class InputShape
{
    /// <summary>Largest absolute value any number of a request may have.</summary>
    public const decimal MaxMagnitude = 1_000_000_000_000m;

    private const int MaxDepth = 32;

    /// <summary>The problems of <paramref name="value"/>, empty when its shape is sound.</summary>
    public static IReadOnlyList<FieldError> Check(object value)
    {
        var errors = new List<FieldError>();
        Walk(value, "", new NullabilityInfoContext(), errors, 0);
        return errors;
    }

    /// <summary>
    /// The shape problems of a scenario file's text, checked before the scenario validator reads it;
    /// empty when the text is not a readable scenario at all (the validator then says why, in French).
    /// </summary>
    public static IReadOnlyList<FieldError> CheckScenario(string text)
    {
        try
        {
            return System.Text.Json.JsonSerializer.Deserialize<NrcGame.Scenarios.ScenarioDocument>(text, NrcGame.Scenarios.ScenarioJson.Options) is { } document
                ? Check(document)
                : [];
        }
        catch (System.Text.Json.JsonException)
        {
            return [];
        }
    }

    private static void Walk(object value, string path, NullabilityInfoContext nullability, List<FieldError> errors, int depth)
    {
        if (errors.Count > 0 || depth > MaxDepth) return;
        switch (value)
        {
            case string or bool or Enum or DateTimeOffset or DateTime or TimeSpan or Guid:
                return;
            case System.Text.Json.JsonElement element:
                if (element.ValueKind is System.Text.Json.JsonValueKind.Undefined or System.Text.Json.JsonValueKind.Null) errors.Add(Missing(path));
                return;
            case decimal or double or float or int or long or short or byte:
                var number = Convert.ToDouble(value, System.Globalization.CultureInfo.InvariantCulture);
                if (!double.IsFinite(number) || Math.Abs(number) > (double)MaxMagnitude)
                    errors.Add(new FieldError(Name(path), $"« {Name(path)} » : nombre hors des limites (au plus {MaxMagnitude:N0} en valeur absolue)."));
                return;
            case IDictionary map:
                foreach (DictionaryEntry entry in map) Item(entry.Value, $"{path}.{entry.Key}", nullability, errors, depth);
                return;
            case IEnumerable list:
                var index = 0;
                foreach (var item in list) Item(item, $"{path}[{index++}]", nullability, errors, depth);
                return;
        }
        foreach (var property in value.GetType().GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            if (property.GetIndexParameters().Length > 0 || property.GetMethod is null) continue;
            var child = property.GetValue(value);
            var childPath = path.Length == 0 ? Camel(property.Name) : $"{path}.{Camel(property.Name)}";
            if (child is null)
            {
                if (nullability.Create(property).ReadState == NullabilityState.NotNull) errors.Add(Missing(childPath));
                continue;
            }
            Walk(child, childPath, nullability, errors, depth + 1);
        }
    }

    /// <summary>Elements of lists and maps are never meant to be missing in NRC Game's models.</summary>
    private static void Item(object? item, string path, NullabilityInfoContext nullability, List<FieldError> errors, int depth)
    {
        if (item is null) errors.Add(Missing(path));
        else Walk(item, path, nullability, errors, depth + 1);
    }

    private static FieldError Missing(string path) => new(Name(path), $"« {Name(path)} » : valeur manquante.");

    private static string Name(string path) => path.Length == 0 ? "corps" : path.TrimStart('.');

    private static string Camel(string name) => char.ToLowerInvariant(name[0]) + name[1..];
}
