namespace NrcGame.WebClient.Api;

/// <summary>
/// Body of <c>POST /api/games</c>. <paramref name="TurnCount"/> overrides the scenario's number of turns;
/// <paramref name="TurnMinutes"/> is the countdown of every turn (timed mode), null for manual close.
/// Scoring weights (null keeps the scenario's), catch-up rule and bots are optional.
/// </summary>
public sealed record CreateGameRequest(
    string? ScenarioId, string? Title, IReadOnlyList<string>? TeamNames, int? TurnCount = null, int? TurnMinutes = null,
    ScoringWeightsRequest? Scoring = null, CatchUpRequest? CatchUp = null, IReadOnlyList<BotRequest>? Bots = null);

/// <summary>Body of <c>POST /api/sessions/teacher</c>.</summary>
public sealed record TeacherSignInRequest(string? GameId, string? TeacherKey);

/// <summary>Body of <c>POST /api/sessions/team</c>.</summary>
public sealed record TeamSignInRequest(string? JoinCode, string? DisplayName);

/// <summary>Answer of <c>POST /api/games</c>: the secrets, shown once, and the teacher's token.</summary>
public sealed record GameCreatedResponse(string GameId, string TeacherKey, string TeacherToken, IReadOnlyList<Grains.Games.TeamCode> Teams);

/// <summary>Answer of a sign-in: the token to send as <c>Authorization: Bearer</c>.</summary>
public sealed record TokenResponse(string Token, string GameId, string? FirmId, string? FirmName);

/// <summary>Answer of a teacher-key re-issue: the new key, shown this once.</summary>
public sealed record TeacherKeyResponse(string TeacherKey);

/// <summary>Answer of a game's deletion: nothing of it is stored any more.</summary>
public sealed record GameDeletedResponse(string GameId);

/// <summary>Body of the countdown commands: a duration in minutes, or null for manual mode.</summary>
public sealed record CountdownRequest(int? Minutes)
{
    /// <summary>The duration, or null.</summary>
    public TimeSpan? Duration => Minutes is { } minutes ? TimeSpan.FromMinutes(minutes) : null;
}

/// <summary>Body of <c>POST /api/games/{gameId}/parameters</c>: the changes and why (shown in the debrief).</summary>
public sealed record ParameterChangeRequest(IReadOnlyList<NrcGame.Scenarios.ParameterChange>? Changes, string? Reason);

/// <summary>Body of <c>POST …/what-if</c>: a past turn, one decision field (by its path) and the value to try.</summary>
public sealed record WhatIfRequest(int Turn, string? Path, string? Value);

/// <summary>Body of <c>PUT …/justifications/{turn}</c> and <c>PUT …/annotations/{turn}</c>: the note's text.</summary>
public sealed record TurnNoteRequest(string? Text);

/// <summary>
/// Body of <c>POST /api/games/{gameId}/parameters/preview</c>: the changes the teacher is considering (none: the market
/// in force), and whose response curves to draw, in which segment.
/// </summary>
public sealed record ResponseCurveRequest(IReadOnlyList<NrcGame.Scenarios.ParameterChange>? Changes, string? FirmId, string? SegmentId);
