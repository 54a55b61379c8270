using System.Text.Json.Serialization;

namespace NrcGame.Scenarios;

/// <summary>Where a scenario comes from.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<ScenarioSource>))]
public enum ScenarioSource
{
    /// <summary>Shipped with the game in <c>scenarios/</c>; never overwritten.</summary>
    Shipped,

    /// <summary>A teacher's copy, kept in the teachers' folder.</summary>
    Teacher,
}
