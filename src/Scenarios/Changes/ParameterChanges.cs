using System.Text.Json;
using System.Text.Json.Nodes;
using NrcGame.Market;

namespace NrcGame.Scenarios;

/// <summary>
/// Applies parameter changes to a market. Pure: the given market is never modified; the result is the new market,
/// or every French error (malformed or unknown path, wrong type, out of range after the change) and no market.
/// </summary>
public static class ParameterChanges
{
    /// <summary>
    /// Applies <paramref name="changes"/> in order to <paramref name="market"/> and validates the result with
    /// <see cref="MarketValidator"/>; <paramref name="file"/> names the scenario in messages.
    /// </summary>
    public static ScenarioResult<MarketScenario> Apply(MarketScenario market, IEnumerable<ParameterChange> changes, string file)
    {
        var applied = ApplyWithoutValidation(market, changes, file);
        return applied.Value is { } changed ? ScenarioResult<MarketScenario>.From(changed, MarketValidator.Validate(changed, file)) : applied;
    }

    /// <summary>
    /// Applies <paramref name="changes"/> in order, checking only that each path exists and each value fits its field's
    /// type; ranges and sums are left to the caller (<see cref="ScenarioHistory"/> compares them with the initial market's).
    /// </summary>
    internal static ScenarioResult<MarketScenario> ApplyWithoutValidation(MarketScenario market, IEnumerable<ParameterChange> changes, string file)
    {
        var errors = new ErrorCollector(file);
        var tree = JsonNode.Parse(JsonSerializer.Serialize(market, ScenarioJson.Options))!.AsObject();
        foreach (var change in changes)
        {
            var candidate = tree.DeepClone().AsObject();
            var reason = Change(candidate, change) ?? ReadBack(candidate);
            if (reason is null) tree = candidate;
            else errors.Add(change.Path, reason);
        }
        return errors.Errors.Count > 0
            ? ScenarioResult<MarketScenario>.Failure(errors.Errors)
            : ScenarioResult<MarketScenario>.Success(tree.Deserialize<MarketScenario>(ScenarioJson.Options)!);
    }

    /// <summary>Writes one change into the tree, or says why it cannot be.</summary>
    private static string? Change(JsonObject tree, ParameterChange change)
    {
        var path = ParameterPath.Parse(change.Path);
        if (path is null)
            return "chemin mal formé : écrivez par exemple segments[B2C_GP].parameters.priceExponent, channels[PROXI].listingHurdle ou outlook[3].";
        var (slots, error) = JsonNavigator.Resolve(tree, path);
        if (error is not null) return $"chemin inconnu : {error}";
        foreach (var slot in slots)
        {
            var reason = change.Operation == ChangeOperation.Multiply ? Multiply(slot, change.Value) : Set(slot, change.Value);
            if (reason is not null) return reason;
        }
        return null;
    }

    private static string? Set(JsonSlot slot, JsonElement value)
    {
        var current = slot.Value?.GetValueKind() ?? JsonValueKind.Null;
        if (current != JsonValueKind.Null && !SameKind(current, value.ValueKind))
            return $"{FrenchNumbers.Json(value)} n'est pas du bon type, il faut {Describe(current)}.";
        slot.Set(JsonNode.Parse(value.GetRawText()));
        return null;
    }

    private static string? Multiply(JsonSlot slot, JsonElement factor)
    {
        if (factor.ValueKind != JsonValueKind.Number || !factor.TryGetDecimal(out var by))
            return $"{FrenchNumbers.Json(factor)} n'est pas un coefficient multiplicateur, il faut un nombre.";
        if (slot.Value is not JsonValue number || number.GetValueKind() != JsonValueKind.Number)
            return $"« {slot.Path} » n'est pas un nombre et ne peut pas être multiplié.";
        slot.Set(JsonValue.Create(number.GetValue<decimal>() * by));
        return null;
    }

    /// <summary>Reads the changed tree back as a market, or says which value does not fit its field.</summary>
    private static string? ReadBack(JsonObject tree)
    {
        try
        {
            tree.Deserialize<MarketScenario>(ScenarioJson.Options);
            return null;
        }
        catch (JsonException exception)
        {
            return JsonErrors.Content(exception);
        }
    }

    private static bool SameKind(JsonValueKind current, JsonValueKind proposed) =>
        current == proposed || (current is JsonValueKind.True or JsonValueKind.False && proposed is JsonValueKind.True or JsonValueKind.False);

    private static string Describe(JsonValueKind kind) => kind switch
    {
        JsonValueKind.Number => "un nombre",
        JsonValueKind.String => "un texte entre guillemets",
        JsonValueKind.True or JsonValueKind.False => "true ou false",
        JsonValueKind.Array => "une liste [ … ]",
        _ => "un objet { … }",
    };
}
