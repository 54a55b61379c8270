using NrcGame.Grains.Tournaments;

namespace NrcGame.WebClient.Api;

/// <summary>
/// Body of <c>POST /api/tournaments</c>: the scenario and title, the team names of each market, and what every
/// market shares (number of turns, scoring weights in percent, catch-up rule, bots filling the seats).
/// </summary>
public sealed record CreateTournamentRequest(
    string? ScenarioId, string? Title, IReadOnlyList<MarketRequest?>? Markets, int? TurnCount = null,
    ScoringWeightsRequest? Scoring = null, CatchUpRequest? CatchUp = null, IReadOnlyList<BotRequest>? Bots = null);

/// <summary>One market of a new tournament: its teams.</summary>
public sealed record MarketRequest(IReadOnlyList<string>? TeamNames);

/// <summary>Body of <c>POST /api/sessions/tournament</c>.</summary>
public sealed record TournamentSignInRequest(string? TournamentId, string? TeacherKey);

/// <summary>Answer of <c>POST /api/tournaments</c>: the secrets, shown once, and the tournament teacher's token.</summary>
public sealed record TournamentCreatedResponse(string TournamentId, string TeacherKey, string TeacherToken, IReadOnlyList<MarketCreation> Markets);
