using Microsoft.AspNetCore.Hosting.Server;
using NrcGame.Grains.Games;
using NrcGame.WebClient.Access;
using NrcGame.WebClient.Hosting;

namespace NrcGame.WebClient.Api;

/// <summary>What the teacher's console needs besides turn and market commands.</summary>
public static class ConsoleEndpoints
{
    /// <summary>Maps <c>/api/games/{gameId}/server-addresses</c> and <c>…/teacher-key</c>; teacher only.</summary>
    public static void MapConsoleEndpoints(this IEndpointRouteBuilder api)
    {
        var game = api.MapGroup("/games/{gameId}").RequireAuthorization(GameAccessPolicies.Teacher);
        // The addresses students' devices can reach this server on: a teacher working on the server
        // itself sees http://localhost, which the QR codes of the join-code sheet must not carry.
        game.MapGet("/server-addresses", (IServer server) => Results.Ok(ServerAddresses.Reachable(server)));
        // A new teacher key, shown once; the old key no longer signs in (tokens already issued run until they expire).
        game.MapPost("/teacher-key", async (string gameId, IGrainFactory grains) =>
            await grains.GetGrain<IGameGrain>(gameId).ReissueTeacherKey() is { } teacherKey
                ? Results.Ok(new TeacherKeyResponse(teacherKey))
                : ApiError.NotFound("Partie introuvable."));
    }
}
