using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.SignalR;
using NrcGame.WebClient.Access;

namespace NrcGame.WebClient;

/// <summary>
/// The SignalR hub every browser of a game connects to with its token. The connection joins its
/// game's group (and its firm's group for a student) and immediately receives the game's public view;
/// later updates arrive from <see cref="Live.GameUpdatesForwarder"/>.
/// </summary>
[Authorize]
public sealed class GameHub(Live.GameUpdatesForwarder forwarder, IGrainFactory grains) : Hub
{
    /// <summary>Where the hub is mapped.</summary>
    public const string Path = "/hubs/game";

    /// <summary>Client method receiving a <see cref="Grains.Games.GameSummary"/>.</summary>
    public const string GameChanged = "gameChanged";

    /// <summary>SignalR group of everyone watching a game.</summary>
    public static string GameGroup(string gameId) => $"game:{gameId}";

    /// <inheritdoc />
    public override async Task OnConnectedAsync()
    {
        var grant = AccessClaims.ToGrant(Context.User!);
        if (grant is null)
        {
            Context.Abort();
            return;
        }
        await Groups.AddToGroupAsync(Context.ConnectionId, GameGroup(grant.GameId));
        await forwarder.WatchAsync(grant.GameId);
        var summary = await grains.GetGrain<Grains.Games.IGameGrain>(grant.GameId).GetSummary();
        await Clients.Caller.SendAsync(GameChanged, summary);
    }
}
