using System.Security.Cryptography;
using NrcGame.Grains.Games;
using NrcGame.WebClient.Access;

namespace NrcGame.WebClient.Api;

/// <summary>Creating a game and reading its public view and market.</summary>
public static class GameEndpoints
{
    /// <summary>Maps <c>/api/scenarios</c> and <c>/api/games/*</c>.</summary>
    public static void MapGameEndpoints(this IEndpointRouteBuilder api)
    {
        api.MapGet("/scenarios", (ScenarioCatalog catalog) => Results.Ok(catalog.List())).AllowAnonymous();
        api.MapPost("/games", CreateGame).AllowAnonymous().RequireRateLimiting(JoinRateLimiting.Policy);
        var game = api.MapGroup("/games/{gameId}");
        game.MapGet("", async (string gameId, IGrainFactory grains) =>
            Results.Ok(await grains.GetGrain<IGameGrain>(gameId).GetSummary())).RequireAuthorization(GameAccessPolicies.Member);
        game.MapPost("/projector-token", (string gameId, AccessTokenService tokens) =>
            Results.Ok(new TokenResponse(tokens.Issue(new AccessGrant(AccessRole.Projector, gameId, null, "Projecteur")), gameId, null, null)))
            .RequireAuthorization(GameAccessPolicies.Teacher);
        game.MapGet("/market", async (string gameId, IGrainFactory grains) =>
            await grains.GetGrain<IGameGrain>(gameId).GetScenario() is { } scenario
                ? Results.Ok(MarketBrief.Of(scenario))
                : ApiError.NotFound("Partie introuvable.")).RequireAuthorization(GameAccessPolicies.Member);
    }

    private static async Task<IResult> CreateGame(HttpRequest request, IGrainFactory grains, ScenarioCatalog catalog, AccessTokenService tokens)
    {
        var (body, error) = await JsonBody.ReadAsync<CreateGameRequest>(request);
        if (error is not null) return error;
        var scenario = catalog.Find(body!.ScenarioId ?? "");
        if (scenario is null) return ApiError.Invalid("scenarioId", "Scénario : choisissez un des scénarios proposés.");

        var gameId = GameIds.New();
        var seed = BitConverter.ToUInt64(RandomNumberGenerator.GetBytes(sizeof(ulong)));
        var setup = new GameSetup(body.Title ?? "", body.ScenarioId!, scenario.Title, scenario.Market, body.TeamNames ?? [], seed);
        var creation = await grains.GetGrain<IGameGrain>(gameId).Create(setup);
        if (!creation.Result.IsAccepted) return ApiError.Invalid(creation.Result.Errors);

        var teacherToken = tokens.Issue(new AccessGrant(AccessRole.Teacher, gameId, null, "Enseignant·e"));
        return Results.Ok(new GameCreatedResponse(gameId, creation.TeacherKey, teacherToken, creation.Teams));
    }
}
