using NrcGame.Grains.Games;
using NrcGame.WebClient.Access;

namespace NrcGame.WebClient.Api;

/// <summary>The teacher tunes the market between turns: event cards, parameter changes, and the audit log of both.</summary>
public static class MarketEndpoints
{
    /// <summary>Maps <c>/api/games/{gameId}/events</c>, <c>/custom-events</c> (a card the teacher wrote), <c>/parameters</c> and <c>/audit</c>.</summary>
    public static void MapMarketEndpoints(this IEndpointRouteBuilder api)
    {
        var game = api.MapGroup("/games/{gameId}");
        game.MapGet("/events", async (string gameId, IGrainFactory grains) =>
            Results.Ok(await grains.GetGrain<IGameGrain>(gameId).GetEventCards())).RequireAuthorization(GameAccessPolicies.Teacher);
        game.MapPost("/events/{cardId}", async (string gameId, string cardId, IGrainFactory grains) =>
            await Answer(grains, gameId, game => game.PlayEventCard(cardId))).RequireAuthorization(GameAccessPolicies.Teacher);
        game.MapPost("/custom-events", async (string gameId, HttpRequest request, IGrainFactory grains) =>
        {
            var (card, error) = await JsonBody.ReadAsync<NrcGame.Scenarios.EventCard>(request);
            return error ?? await Answer(grains, gameId, game => game.PlayCustomEventCard(card!));
        }).RequireAuthorization(GameAccessPolicies.Teacher);
        game.MapPost("/parameters", async (string gameId, HttpRequest request, IGrainFactory grains) =>
        {
            var (body, error) = await JsonBody.ReadAsync<ParameterChangeRequest>(request);
            return error ?? await Answer(grains, gameId, game => game.ChangeParameters(body!.Changes ?? [], body.Reason ?? ""));
        }).RequireAuthorization(GameAccessPolicies.Teacher);
        game.MapGet("/audit", async (string gameId, IGrainFactory grains) =>
            Results.Ok(await grains.GetGrain<IGameGrain>(gameId).GetAudit())).RequireAuthorization(GameAccessPolicies.Member);
    }

    private static async Task<IResult> Answer(IGrainFactory grains, string gameId, Func<IGameGrain, Task<CommandResult>> command)
    {
        var game = grains.GetGrain<IGameGrain>(gameId);
        var result = await command(game);
        return result.IsAccepted ? Results.Ok(await game.GetSummary()) : ApiError.From(result, stateConflict: result.Errors.Any(e => e.Field == "status"));
    }
}
