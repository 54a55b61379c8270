using System.Text.Json.Serialization;

namespace NrcGame.Scenarios;

/// <summary>How a <see cref="ParameterChange"/> uses its value.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<ChangeOperation>))]
public enum ChangeOperation
{
    /// <summary>Replace the field's value.</summary>
    Set,

    /// <summary>Multiply the numeric field by the value (e.g. 0.92 for a 8 % recession).</summary>
    Multiply,
}
