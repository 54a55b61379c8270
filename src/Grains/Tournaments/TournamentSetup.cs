using NrcGame.Grains.Games;
using NrcGame.Market;
using NrcGame.Scenarios;

namespace NrcGame.Grains.Tournaments;

/// <summary>
/// What a teacher chooses when creating a tournament: every market plays the same scenario with the same
/// seed, bots, weights and catch-up rule; only its teams differ (one list of team names per market).
/// </summary>
/// <param name="Title">Name of the tournament shown to every class.</param>
/// <param name="ScenarioId">The scenario file the market comes from.</param>
/// <param name="ScenarioTitle">The scenario's title, for display.</param>
/// <param name="Scenario">The market every market plays.</param>
/// <param name="Markets">The team names of each market, in market order.</param>
/// <param name="Seed">Seed of every random draw, the same in every market.</param>
/// <param name="EventCards">The scenario's event cards.</param>
/// <param name="Weights">The scoring weights (Σ = 1); null keeps the scenario's.</param>
/// <param name="CatchUp">The declared catch-up rule; null is off.</param>
/// <param name="Bots">Bot firms filling the seats of every market after its teams'.</param>
[GenerateSerializer, Immutable]
public sealed record TournamentSetup(
    [property: Id(0)] string Title,
    [property: Id(1)] string ScenarioId,
    [property: Id(2)] string ScenarioTitle,
    [property: Id(3)] MarketScenario Scenario,
    [property: Id(4)] IReadOnlyList<IReadOnlyList<string>> Markets,
    [property: Id(5)] ulong Seed,
    [property: Id(6)] IReadOnlyList<EventCard>? EventCards = null,
    [property: Id(7)] ScoringWeights? Weights = null,
    [property: Id(8)] Standings.CatchUpRule? CatchUp = null,
    [property: Id(9)] IReadOnlyList<BotSeat>? Bots = null)
{
    /// <summary>The game setup of market <paramref name="index"/> (0-based).</summary>
    public GameSetup MarketSetup(int index) =>
        new($"{Title.Trim()} — marché {index + 1}", ScenarioId, ScenarioTitle, Scenario, Markets[index], Seed, EventCards, null, Weights, CatchUp, Bots);
}

/// <summary>The answer to <see cref="ITournamentGrain.Create"/>: the secrets, shown once, or why it was refused.</summary>
/// <param name="Result">Accepted, or the French reason per field.</param>
/// <param name="TeacherKey">The tournament's teacher key (teacher rights on every market).</param>
/// <param name="Markets">Each market's game id, own teacher key and join codes.</param>
[GenerateSerializer, Immutable]
public sealed record TournamentCreation(
    [property: Id(0)] CommandResult Result,
    [property: Id(1)] string TeacherKey,
    [property: Id(2)] IReadOnlyList<MarketCreation> Markets);

/// <summary>One market of a new tournament: its game, the key of its own teacher (a class's teacher), its teams' codes.</summary>
[GenerateSerializer, Immutable]
public sealed record MarketCreation(
    [property: Id(0)] string GameId,
    [property: Id(1)] string TeacherKey,
    [property: Id(2)] IReadOnlyList<TeamCode> Teams);
