using NrcGame.Grains.Games;
using NrcGame.Market;

namespace NrcGame.Grains.Segments;

/// <summary>A market segment in one resolved turn: its definition then in force, its potential, and what the resolution gave.</summary>
/// <param name="Turn">The turn resolved.</param>
/// <param name="Definition">Potential, growth, seasonality, channel habits and sensitivities (price, advertising…) in force that turn.</param>
/// <param name="Potential">Category volume per territory before price and advertising effects (potential × growth × seasonality × outlook).</param>
/// <param name="Outcome">Category demand and each firm's share.</param>
[GenerateSerializer, Immutable]
public sealed record SegmentTurn(
    [property: Id(0)] int Turn,
    [property: Id(1)] SegmentDefinition Definition,
    [property: Id(2)] IReadOnlyDictionary<string, double> Potential,
    [property: Id(3)] SegmentOutcome Outcome) : ITurnKeyed;
