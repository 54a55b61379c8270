using NrcGame.Grains.Access;
using NrcGame.Grains.Games;
using NrcGame.WebClient.Access;

namespace NrcGame.WebClient.Api;

/// <summary>Exchanging a teacher key or a team join code for a signed token.</summary>
public static class SessionEndpoints
{
    /// <summary>Longest display name a student may choose.</summary>
    public const int MaxDisplayNameLength = 40;

    /// <summary>Maps <c>/api/sessions/*</c>; anonymous, rate-limited per address.</summary>
    public static void MapSessionEndpoints(this IEndpointRouteBuilder api)
    {
        var sessions = api.MapGroup("/sessions").AllowAnonymous().RequireRateLimiting(JoinRateLimiting.Policy);
        sessions.MapPost("/teacher", SignInTeacher);
        sessions.MapPost("/team", SignInTeam);
    }

    private static async Task<IResult> SignInTeacher(HttpRequest request, IGrainFactory grains, AccessTokenService tokens)
    {
        var (body, error) = await JsonBody.ReadAsync<TeacherSignInRequest>(request);
        if (error is not null) return error;
        var gameId = body!.GameId?.Trim() ?? "";
        if (!GameIds.IsWellFormed(gameId) || string.IsNullOrWhiteSpace(body.TeacherKey)
            || !await grains.GetGrain<IGameGrain>(gameId).IsTeacherKey(body.TeacherKey))
        {
            return ApiError.Invalid("teacherKey", "Identifiant de partie ou clé enseignant incorrect.");
        }
        var token = tokens.Issue(new AccessGrant(AccessRole.Teacher, gameId, null, "Enseignant·e"));
        return Results.Ok(new TokenResponse(token, gameId, null, null));
    }

    private static async Task<IResult> SignInTeam(HttpRequest request, IGrainFactory grains, AccessTokenService tokens)
    {
        var (body, error) = await JsonBody.ReadAsync<TeamSignInRequest>(request);
        if (error is not null) return error;
        var errors = new List<FieldError>();
        var displayName = body!.DisplayName?.Trim() ?? "";
        if (displayName.Length == 0) errors.Add(new("displayName", "Prénom : obligatoire (il est affiché à votre équipe)."));
        else if (displayName.Length > MaxDisplayNameLength) errors.Add(new("displayName", $"Prénom : {MaxDisplayNameLength} caractères au plus."));
        var code = AccessSecret.Normalize(body.JoinCode ?? "");
        if (code.Length == 0) errors.Add(new("joinCode", "Code d'équipe : obligatoire."));
        if (errors.Count > 0) return ApiError.Invalid(errors);

        var seat = code.Length > 64 ? null : await grains.GetGrain<IJoinCodeGrain>(AccessSecret.Hash(code)).Resolve();
        if (seat is null) return ApiError.Invalid("joinCode", "Code d'équipe inconnu : vérifiez-le auprès de votre enseignant.");
        await grains.GetGrain<IGameGrain>(seat.GameId).RecordJoin(seat.FirmId, displayName);
        var token = tokens.Issue(new AccessGrant(AccessRole.Student, seat.GameId, seat.FirmId, displayName));
        return Results.Ok(new TokenResponse(token, seat.GameId, seat.FirmId, seat.FirmName));
    }
}
