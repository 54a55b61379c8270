using System.Text.Json;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.Options;
using NrcGame.Grains.Games;
using NrcGame.WebClient.Access;

namespace NrcGame.WebClient.Api;

/// <summary>A teacher's right over the whole game: download everything it holds, then delete it.</summary>
public static class GameArchiveEndpoints
{
    /// <summary>Maps <c>GET /api/games/{gameId}/export.json</c> and <c>DELETE /api/games/{gameId}</c>; teacher of the game only.</summary>
    public static void MapGameArchiveEndpoints(this IEndpointRouteBuilder api)
    {
        var game = api.MapGroup("/games/{gameId}").RequireAuthorization(GameAccessPolicies.Teacher);
        game.MapGet("/export.json", async (string gameId, IGrainFactory grains, TimeProvider time, IOptions<JsonOptions> json) =>
            await GameExport.ReadAsync(grains, gameId, time.GetUtcNow()) is { } export
                ? Results.File(JsonSerializer.SerializeToUtf8Bytes(export, json.Value.SerializerOptions), "application/json", $"nrcgame-{gameId}.json")
                : ApiError.NotFound("Partie introuvable."));
        // Removes every stored trace of the game; the teacher's console asks for the export first.
        game.MapDelete("", async (string gameId, IGrainFactory grains) =>
            await grains.GetGrain<IGameGrain>(gameId).Delete()
                ? Results.Ok(new GameDeletedResponse(gameId))
                : ApiError.NotFound("Partie introuvable."));
    }
}
