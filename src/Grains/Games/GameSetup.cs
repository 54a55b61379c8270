using NrcGame.Market;
using NrcGame.Scenarios;

namespace NrcGame.Grains.Games;

/// <summary>What a teacher chooses when creating a game.</summary>
/// <param name="Title">Name of the game shown to the class.</param>
/// <param name="ScenarioId">The scenario file the market comes from.</param>
/// <param name="ScenarioTitle">The scenario's title, for display.</param>
/// <param name="Scenario">The market itself.</param>
/// <param name="TeamNames">One name per team (firm), in seat order.</param>
/// <param name="Seed">Seed of every random draw of the game (same seed and decisions, same results).</param>
/// <param name="EventCards">The scenario's event cards the teacher may play during the game.</param>
/// <param name="TurnDuration">Countdown every turn opens with (timed mode); null for manual close.</param>
/// <param name="Weights">The teacher's scoring weights (Σ = 1); null keeps the scenario's.</param>
/// <param name="CatchUp">The declared catch-up rule; null is off.</param>
/// <param name="Bots">Bot firms filling the seats after the teams', in seat order.</param>
[GenerateSerializer, Immutable]
public sealed record GameSetup(
    [property: Id(0)] string Title,
    [property: Id(1)] string ScenarioId,
    [property: Id(2)] string ScenarioTitle,
    [property: Id(3)] MarketScenario Scenario,
    [property: Id(4)] IReadOnlyList<string> TeamNames,
    [property: Id(5)] ulong Seed,
    [property: Id(6)] IReadOnlyList<EventCard>? EventCards = null,
    [property: Id(7)] TimeSpan? TurnDuration = null,
    [property: Id(8)] ScoringWeights? Weights = null,
    [property: Id(9)] Standings.CatchUpRule? CatchUp = null,
    [property: Id(10)] IReadOnlyList<BotSeat>? Bots = null);

/// <summary>The answer to <see cref="IGameGrain.Create"/>: the secrets, shown once, or why it was refused.</summary>
[GenerateSerializer, Immutable]
public sealed record GameCreation(
    [property: Id(0)] CommandResult Result,
    [property: Id(1)] string TeacherKey,
    [property: Id(2)] IReadOnlyList<TeamCode> Teams);

/// <summary>A team and its join code, in clear: handed to the teacher once.</summary>
[GenerateSerializer, Immutable]
public sealed record TeamCode([property: Id(0)] string FirmId, [property: Id(1)] string Name, [property: Id(2)] string JoinCode);
