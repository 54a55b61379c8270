using NrcGame.Grains.Firms;
using NrcGame.Grains.Games;
using NrcGame.Market;
using NrcGame.WebClient.Access;

namespace NrcGame.WebClient.Api;

/// <summary>A firm's decisions and results, for its own students (and its teacher, read-only).</summary>
public static class FirmEndpoints
{
    /// <summary>Maps <c>/api/games/{gameId}/firms/{firmId}/*</c>.</summary>
    public static void MapFirmEndpoints(this IEndpointRouteBuilder api)
    {
        var firm = api.MapGroup("/games/{gameId}/firms/{firmId}");
        firm.MapGet("/decisions", async (string gameId, string firmId, IGrainFactory grains) =>
            await Firm(grains, gameId, firmId).GetDecisions() is { } decisions
                ? Results.Ok(decisions)
                : ApiError.NotFound("Entreprise introuvable dans cette partie.")).RequireAuthorization(GameAccessPolicies.FirmReader);
        firm.MapGet("/results", async (string gameId, string firmId, IGrainFactory grains) =>
            Results.Ok(await Firm(grains, gameId, firmId).GetResults())).RequireAuthorization(GameAccessPolicies.FirmReader);
        firm.MapGet("/draft", async (string gameId, string firmId, IGrainFactory grains) =>
            await Firm(grains, gameId, firmId).GetDraft() is { } draft
                ? Results.Ok(draft)
                : ApiError.NotFound("Entreprise introuvable dans cette partie.")).RequireAuthorization(GameAccessPolicies.FirmReader);
        firm.MapGet("/history", async (string gameId, string firmId, IGrainFactory grains) =>
            Results.Ok(await Firm(grains, gameId, firmId).GetHistory())).RequireAuthorization(GameAccessPolicies.FirmReader);
        firm.MapPost("/join-code", async (string gameId, string firmId, IGrainFactory grains) =>
            await grains.GetGrain<IGameGrain>(gameId).ReissueJoinCode(firmId) is { } code
                ? Results.Ok(code)
                : ApiError.NotFound("Entreprise introuvable dans cette partie.")).RequireAuthorization(GameAccessPolicies.Teacher);
        firm.MapPut("/decisions/{turn:int}", SubmitDecisions).RequireAuthorization(GameAccessPolicies.FirmStudent);
        firm.MapDelete("/decisions/{turn:int}", async (string gameId, string firmId, int turn, HttpContext http, IGrainFactory grains) =>
        {
            var author = AccessClaims.ToGrant(http.User)!.DisplayName;
            var result = await grains.GetGrain<IGameGrain>(gameId).WithdrawDecisions(firmId, turn, author);
            return ApiError.From(result, stateConflict: true);
        }).RequireAuthorization(GameAccessPolicies.FirmStudent);
    }

    private static async Task<IResult> SubmitDecisions(string gameId, string firmId, int turn, HttpRequest request, IGrainFactory grains)
    {
        var (decisions, error) = await JsonBody.ReadAsync<FirmDecisions>(request);
        if (error is not null) return error;
        var author = AccessClaims.ToGrant(request.HttpContext.User)!.DisplayName;
        var result = await grains.GetGrain<IGameGrain>(gameId).SubmitDecisions(firmId, turn, decisions!, author);
        return ApiError.From(result, stateConflict: result.Errors.Any(e => e.Field is "turn"));
    }

    private static IFirmGrain Firm(IGrainFactory grains, string gameId, string firmId) =>
        grains.GetGrain<IFirmGrain>(FirmKey.Of(gameId, firmId));
}
