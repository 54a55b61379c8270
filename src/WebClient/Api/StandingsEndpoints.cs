using NrcGame.Grains.Standings;
using NrcGame.WebClient.Access;

namespace NrcGame.WebClient.Api;

/// <summary>The standings of a game turn by turn, with each team's per-criterion breakdown (public to the game).</summary>
public static class StandingsEndpoints
{
    /// <summary>Maps <c>GET /api/games/{gameId}/standings</c>.</summary>
    public static void MapStandingsEndpoints(this IEndpointRouteBuilder api)
    {
        api.MapGet("/games/{gameId}/standings", async (string gameId, IGrainFactory grains) =>
            Results.Ok(await grains.GetGrain<IStandingsGrain>(gameId).GetHistory())).RequireAuthorization(GameAccessPolicies.Member);
    }
}
