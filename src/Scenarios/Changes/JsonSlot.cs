using System.Text.Json.Nodes;

namespace NrcGame.Scenarios;

/// <summary>A place in a JSON tree a path leads to: a property or key of an object, or a position in an array.</summary>
/// <param name="Parent">Object or array holding the value.</param>
/// <param name="Key">Property or key, for an object.</param>
/// <param name="Index">Position from 0, for an array.</param>
/// <param name="Path">The concrete path of this place (ids and keys instead of <c>*</c>).</param>
internal sealed record JsonSlot(JsonNode Parent, string? Key, int Index, string Path)
{
    /// <summary>The value at this place.</summary>
    public JsonNode? Value => Key is not null ? Parent.AsObject()[Key] : Parent.AsArray()[Index];

    /// <summary>Replaces the value at this place.</summary>
    public void Set(JsonNode? value)
    {
        if (Key is not null) Parent.AsObject()[Key] = value;
        else Parent.AsArray()[Index] = value;
    }
}
