using System.Text.Json;

namespace NrcGame.Scenarios;

/// <summary>
/// A change of one market parameter, as data (a teacher's edit or an event card's effect). The path names the
/// field in the market with ids for lists, e.g. <c>segments[B2C_GP].parameters.priceExponent</c>,
/// <c>channels[PROXI].listingHurdle</c>, <c>segments[B2C_GP].potential.T1</c>, <c>outlook[3]</c> (turn 3),
/// <c>segments[B2C_GP].seasonality[4]</c> (quarter 4); <c>[*]</c> selects every element
/// (<see cref="ParameterPath"/>). Apply with <see cref="ParameterChanges.Apply"/>.
/// </summary>
/// <param name="Path">Path of the field in the market.</param>
/// <param name="Value">New value (<see cref="ChangeOperation.Set"/>) or factor (<see cref="ChangeOperation.Multiply"/>), any JSON value.</param>
/// <param name="Operation">Set the value, or multiply a number by it.</param>
public sealed record ParameterChange(string Path, JsonElement Value, ChangeOperation Operation = ChangeOperation.Set)
{
    /// <summary>Sets a number.</summary>
    /// <exception cref="ArgumentException"><paramref name="value"/> is NaN or infinite (JSON has no such numbers).</exception>
    public static ParameterChange Set(string path, double value) => new(path, JsonSerializer.SerializeToElement(value));

    /// <summary>Sets an amount.</summary>
    public static ParameterChange Set(string path, decimal value) => new(path, JsonSerializer.SerializeToElement(value));

    /// <summary>Sets a text (a name, or an enum value such as <c>Hypermarket</c>).</summary>
    public static ParameterChange Set(string path, string value) => new(path, JsonSerializer.SerializeToElement(value));

    /// <summary>Multiplies a number (every number selected by a <c>[*]</c>) by <paramref name="factor"/>.</summary>
    public static ParameterChange Multiply(string path, double factor) => new(path, JsonSerializer.SerializeToElement(factor), ChangeOperation.Multiply);

    /// <summary>The change in the teacher's words: « segments[B2C_GP].referencePrice = 22 » or « … × 1,1 ».</summary>
    public override string ToString() =>
        $"{Path} {(Operation == ChangeOperation.Multiply ? "×" : "=")} {FrenchNumbers.Json(Value)}";
}
