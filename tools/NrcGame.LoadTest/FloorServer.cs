using System.Diagnostics;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.SignalR;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace NrcGame.LoadTest;

/// <summary>
/// The floor: a bare ASP.NET Core SignalR server inside the harness, loopback only. Each class has a
/// group of the same number of connections here, and when its teacher asks the app to resolve a turn
/// the harness, at the same moment, asks this server over HTTP to broadcast a view of the app's size
/// to that group. No grains, no storage: what a command-triggered fan-out alone costs on this
/// machine under the same load, measured the same way (from the request to the last arrival).
/// </summary>
internal sealed class FloorServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly HttpClient _http;

    private FloorServer(WebApplication app, Uri url)
    {
        _app = app;
        Url = url;
        _http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = 256 }) { BaseAddress = url, Timeout = LoadTestOptions.StepTimeout };
    }

    /// <summary>Where the floor server listens.</summary>
    public Uri Url { get; }

    /// <summary>Starts the server on loopback port <paramref name="port"/>.</summary>
    public static async Task<FloorServer> StartAsync(int port)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls($"http://127.0.0.1:{port}");
        builder.Logging.ClearProviders();
        builder.Services.AddSignalR();
        var app = builder.Build();
        app.UseWebSockets();
        app.MapHub<FloorHub>("/floor");
        app.MapPost("/broadcast/{group}", async (string group, JsonNode view, IHubContext<FloorHub> hub) =>
        {
            await hub.Clients.Group(group).SendAsync(LiveClient.Method, view);
            return Results.NoContent();
        });
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
    /// Asks the server to broadcast <paramref name="view"/> marked as turn <paramref name="turn"/> to
    /// <paramref name="group"/> and returns the time from the request to the last of <paramref name="clients"/> having it.
    /// </summary>
    public async Task<TimeSpan> BroadcastAsync(string group, IReadOnlyList<LiveClient> clients, JsonNode view, int turn)
    {
        var payload = view.DeepClone();
        payload["lastResolvedTurn"] = turn;
        var started = Stopwatch.GetTimestamp();
        using (var response = await _http.PostAsJsonAsync($"/broadcast/{Uri.EscapeDataString(group)}", payload)) response.EnsureSuccessStatusCode();
        var arrivals = await Task.WhenAll(clients.Select(client => client.ArrivalOf(turn))).WaitAsync(LoadTestOptions.StepTimeout);
        return Stopwatch.GetElapsedTime(started, arrivals.Max());
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        _http.Dispose();
        await _app.DisposeAsync();
    }
}
