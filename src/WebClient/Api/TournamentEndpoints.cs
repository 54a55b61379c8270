using System.Security.Cryptography;
using NrcGame.Grains.Games;
using NrcGame.Grains.Tournaments;
using NrcGame.WebClient.Access;

namespace NrcGame.WebClient.Api;

/// <summary>
/// Tournaments: created by a teacher (several markets of one scenario), a public read-only leaderboard, and the
/// tournament teacher's turn control for all markets at once. Each market is a game: its own turn commands
/// (<see cref="TurnEndpoints"/>) accept the tournament teacher's token too.
/// </summary>
public static class TournamentEndpoints
{
    /// <summary>Maps <c>/api/tournaments</c> and <c>/api/sessions/tournament</c>.</summary>
    public static void MapTournamentEndpoints(this IEndpointRouteBuilder api)
    {
        api.MapPost("/tournaments", CreateTournament).AllowAnonymous().RequireRateLimiting(JoinRateLimiting.Policy);
        api.MapPost("/sessions/tournament", SignInTournamentTeacher).AllowAnonymous().RequireRateLimiting(JoinRateLimiting.Policy);
        api.MapGet("/tournaments/{tournamentId}/leaderboard", async (string tournamentId, IGrainFactory grains) =>
            GameIds.IsFresh(tournamentId) && await grains.GetGrain<ITournamentGrain>(tournamentId).GetLeaderboard() is { } leaderboard
                ? Results.Ok(leaderboard)
                : ApiError.NotFound("Tournoi introuvable : vérifiez le lien.")).AllowAnonymous();

        var tournament = api.MapGroup("/tournaments/{tournamentId}").RequireAuthorization(GameAccessPolicies.TournamentTeacher);
        tournament.MapPost("/start-all", async (string tournamentId, HttpRequest request, IGrainFactory grains) =>
        {
            var (body, error) = await JsonBody.ReadAsync<CountdownRequest>(request);
            if (error is not null) return error;
            if (GameSetupRules.TurnDurationError(body!.Duration) is { } duration) return ApiError.Invalid([duration]);
            return await Run(grains, tournamentId, grain => grain.StartAll(body.Duration));
        });
        tournament.MapPost("/pause-all", (string tournamentId, IGrainFactory grains) => Run(grains, tournamentId, grain => grain.PauseAll()));
        tournament.MapPost("/resume-all", (string tournamentId, IGrainFactory grains) => Run(grains, tournamentId, grain => grain.ResumeAll()));
        tournament.MapPost("/resolve-all", (string tournamentId, IGrainFactory grains) => Run(grains, tournamentId, grain => grain.ResolveAll()));
    }

    private static async Task<IResult> Run(IGrainFactory grains, string tournamentId, Func<ITournamentGrain, Task<CommandResult>> command)
    {
        var tournament = grains.GetGrain<ITournamentGrain>(tournamentId);
        var result = await command(tournament);
        return result.IsAccepted ? Results.Ok(await tournament.GetLeaderboard()) : ApiError.From(result, stateConflict: true);
    }

    private static async Task<IResult> CreateTournament(HttpRequest request, IGrainFactory grains, ScenarioCatalog catalog, AccessTokenService tokens)
    {
        var (body, error) = await JsonBody.ReadAsync<CreateTournamentRequest>(request);
        if (error is not null) return error;
        var scenario = catalog.Find(body!.ScenarioId ?? "");
        if (scenario is null) return ApiError.Invalid("scenarioId", "Scénario : choisissez un des scénarios proposés.");
        var (market, turnCountError) = GameEndpoints.WithTurnCount(scenario.Document.Market, body.TurnCount);
        if (turnCountError is not null) return ApiError.Invalid("turnCount", turnCountError);

        var tournamentId = GameIds.New();
        var seed = BitConverter.ToUInt64(RandomNumberGenerator.GetBytes(sizeof(ulong)));
        var markets = (body.Markets ?? []).Select(each => (IReadOnlyList<string>)(each?.TeamNames ?? [])).ToList();
        var setup = new TournamentSetup(body.Title ?? "", scenario.Id, scenario.Document.Title, market, markets, seed, scenario.Document.Events,
            body.Scoring?.ToWeights(), body.CatchUp?.ToRule(), body.Bots?.Select(bot => bot.ToSeat()).ToList());
        var creation = await grains.GetGrain<ITournamentGrain>(tournamentId).Create(setup);
        if (!creation.Result.IsAccepted) return ApiError.Invalid(creation.Result.Errors);

        var teacherToken = tokens.Issue(new AccessGrant(AccessRole.TournamentTeacher, tournamentId, null, "Enseignant·e du tournoi"));
        return Results.Ok(new TournamentCreatedResponse(tournamentId, creation.TeacherKey, teacherToken, creation.Markets));
    }

    private static async Task<IResult> SignInTournamentTeacher(HttpRequest request, IGrainFactory grains, AccessTokenService tokens)
    {
        var (body, error) = await JsonBody.ReadAsync<TournamentSignInRequest>(request);
        if (error is not null) return error;
        var tournamentId = body!.TournamentId?.Trim() ?? "";
        if (!GameIds.IsFresh(tournamentId) || string.IsNullOrWhiteSpace(body.TeacherKey)
            || !await grains.GetGrain<ITournamentGrain>(tournamentId).IsTeacherKey(body.TeacherKey))
        {
            return ApiError.Invalid("teacherKey", "Identifiant de tournoi ou clé enseignant incorrect.");
        }
        var token = tokens.Issue(new AccessGrant(AccessRole.TournamentTeacher, tournamentId, null, "Enseignant·e du tournoi"));
        return Results.Ok(new TokenResponse(token, tournamentId, null, null));
    }
}
