using System.Text.Json;
using System.Text.Json.Nodes;

namespace NrcGame.Scenarios;

/// <summary>Finds the places a <see cref="ParameterPath"/> designates in the JSON tree of a market.</summary>
internal static class JsonNavigator
{
    /// <summary>Missing turns of the outlook count as 1 (<c>MarketScenario.Outlook</c>); setting a later turn fills the gap with 1.</summary>
    private const string OutlookField = "outlook";

    private const int LongestGame = 12;

    /// <summary>The places <paramref name="path"/> leads to, or a French reason why it leads nowhere.</summary>
    public static (IReadOnlyList<JsonSlot> Slots, string? Error) Resolve(JsonObject market, ParameterPath path)
    {
        var current = new List<(JsonNode? Node, string Path)> { (market, "") };
        var slots = new List<JsonSlot>();
        foreach (var step in path.Steps)
        {
            slots.Clear();
            foreach (var (node, where) in current)
            {
                var error = Select(node, where, step, slots);
                if (error is not null) return ([], error);
            }
            current = slots.Select(slot => (slot.Value, slot.Path)).ToList();
        }
        return (slots, null);
    }

    private static string? Select(JsonNode? node, string where, PathStep step, List<JsonSlot> slots)
    {
        var place = where.Length == 0 ? "le marché" : $"« {where} »";
        switch (node)
        {
            case JsonObject map when step.IsWildcard:
                slots.AddRange(map.Select(pair => new JsonSlot(map, pair.Key, 0, $"{where}.{pair.Key}")));
                return null;
            case JsonObject map when map.ContainsKey(step.Token):
                var separator = where.Length == 0 ? "" : ".";
                slots.Add(new JsonSlot(map, step.Token, 0, step.IsSelector ? $"{where}[{step.Token}]" : $"{where}{separator}{step.Token}"));
                return null;
            case JsonObject map:
                return $"« {step.Token} » n'existe pas dans {place} (possibles : {string.Join(", ", map.Select(pair => pair.Key))}).";
            case JsonArray list when !step.IsSelector:
                return $"{place} est une liste : choisissez un élément entre crochets, par exemple {where}[1] ou {where}[*].";
            case JsonArray list when step.IsWildcard:
                slots.AddRange(list.Select((item, index) => new JsonSlot(list, null, index, $"{where}[{IdOf(item) ?? (index + 1).ToString()}]")));
                return null;
            case JsonArray list:
                return SelectInList(list, where, step.Token, slots);
            default:
                return $"{place} n'a pas de champ « {step.Token} ».";
        }
    }

    private static string? SelectInList(JsonArray list, string where, string token, List<JsonSlot> slots)
    {
        var byId = list.Select((item, index) => (Id: IdOf(item), Index: index)).FirstOrDefault(item => item.Id == token);
        if (byId.Id is not null)
        {
            slots.Add(new JsonSlot(list, null, byId.Index, $"{where}[{token}]"));
            return null;
        }
        var ids = list.Select(IdOf).OfType<string>().ToList();
        if (ids.Count > 0)
            return $"aucun élément d'identifiant « {token} » dans « {where} » (identifiants : {string.Join(", ", ids)}).";
        if (!int.TryParse(token, out var position) || position < 1)
            return $"« {token} » n'est pas une position valide dans « {where} » (1, 2, 3… ou *).";
        if (where == OutlookField && position <= LongestGame)
        {
            while (list.Count < position) list.Add(JsonValue.Create(1.0));
        }
        if (position > list.Count)
            return $"la position {position} n'existe pas dans « {where} », qui compte {list.Count} valeurs.";
        slots.Add(new JsonSlot(list, null, position - 1, $"{where}[{position}]"));
        return null;
    }

    /// <summary>The <c>id</c> of a list element that is an object with a text id.</summary>
    public static string? IdOf(JsonNode? item) =>
        item is JsonObject element && element["id"] is JsonValue id && id.GetValueKind() == JsonValueKind.String ? id.GetValue<string>() : null;
}
