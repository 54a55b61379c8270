using Microsoft.AspNetCore.SignalR;

namespace NrcGame.LoadTest;

/// <summary>The bare hub of the floor server: a connection joins the group named in its query string, nothing else.</summary>
public sealed class FloorHub : Hub
{
    /// <inheritdoc />
    public override Task OnConnectedAsync() =>
        Groups.AddToGroupAsync(Context.ConnectionId, Context.GetHttpContext()!.Request.Query["group"].ToString());
}
