using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.SignalR;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace NrcGame.LoadTest;

/// <summary>
/// The floor: a bare ASP.NET Core SignalR server inside the harness, loopback only, that broadcasts a
/// payload of the app's size to groups shaped like the classes (same number of groups and
/// connections). No grains, no storage, no HTTP command: what fan-out alone costs on this machine.
/// </summary>
internal sealed class FloorServer : IAsyncDisposable
{
    private readonly WebApplication _app;

    private FloorServer(WebApplication app, Uri url)
    {
        _app = app;
        Url = url;
    }

    /// <summary>Where the floor server listens.</summary>
    public Uri Url { get; }

    /// <summary>Starts the server on a free loopback port.</summary>
    public static async Task<FloorServer> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        builder.Services.AddSignalR();
        var app = builder.Build();
        app.UseWebSockets();
        app.MapHub<FloorHub>("/floor");
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First();
        return new FloorServer(app, new Uri(address));
    }

    /// <summary>Connects <paramref name="count"/> clients to group <paramref name="group"/>.</summary>
    public async Task<IReadOnlyList<LiveClient>> ConnectGroupAsync(string group, int count)
    {
        var clients = new List<LiveClient>();
        for (var i = 0; i < count; i++) clients.Add(await LiveClient.ConnectAsync(new Uri(Url, $"/floor?group={Uri.EscapeDataString(group)}"), null));
        return clients;
    }

    /// <summary>
    /// Broadcasts <paramref name="view"/> marked as turn <paramref name="turn"/> to <paramref name="group"/> and
    /// records the time until the last of <paramref name="clients"/> has it.
    /// </summary>
    public async Task BroadcastAsync(string group, IReadOnlyList<LiveClient> clients, JsonNode view, int turn, ConcurrentBag<double> floorMs)
    {
        var payload = view.DeepClone();
        payload["lastResolvedTurn"] = turn;
        var hub = _app.Services.GetRequiredService<IHubContext<FloorHub>>();
        var started = Stopwatch.GetTimestamp();
        await hub.Clients.Group(group).SendAsync(LiveClient.Method, payload);
        var arrivals = await Task.WhenAll(clients.Select(client => client.ArrivalOf(turn))).WaitAsync(LoadTestOptions.StepTimeout);
        floorMs.Add(Stopwatch.GetElapsedTime(started, arrivals.Max()).TotalMilliseconds);
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync() => await _app.DisposeAsync();
}
