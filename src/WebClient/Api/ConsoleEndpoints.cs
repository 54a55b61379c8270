using Microsoft.AspNetCore.Hosting.Server;
using NrcGame.WebClient.Access;
using NrcGame.WebClient.Hosting;

namespace NrcGame.WebClient.Api;

/// <summary>What the teacher's console needs besides turn and market commands.</summary>
public static class ConsoleEndpoints
{
    /// <summary>Maps <c>/api/games/{gameId}/server-addresses</c>; teacher only.</summary>
    public static void MapConsoleEndpoints(this IEndpointRouteBuilder api)
    {
        var game = api.MapGroup("/games/{gameId}").RequireAuthorization(GameAccessPolicies.Teacher);
        // The addresses students' devices can reach this server on: a teacher working on the server
        // itself sees http://localhost, which the QR codes of the join-code sheet must not carry.
        game.MapGet("/server-addresses", (IServer server) => Results.Ok(ServerAddresses.Reachable(server)));
    }
}
