using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text.Json;
using Microsoft.AspNetCore.SignalR.Client;

namespace NrcGame.LoadTest;

/// <summary>
/// One SignalR connection (a browser, the projector, or a floor client) that timestamps the first
/// <c>gameChanged</c> message announcing each resolved turn. Like a browser, it also reads the
/// <c>teamsChanged</c> messages (a team submitted…), which it does not time.
/// </summary>
internal sealed class LiveClient : IAsyncDisposable
{
    /// <summary>The hub method carrying a game view, in the app and in the floor server alike.</summary>
    public const string Method = "gameChanged";

    private readonly HubConnection _hub;
    private readonly ConcurrentDictionary<int, TaskCompletionSource<long>> _arrivals = new();

    private LiveClient(HubConnection hub)
    {
        _hub = hub;
        _hub.On<JsonElement>(Method, OnGameChanged);
        _hub.On<JsonElement>("teamsChanged", _ => { });
    }

    /// <summary>The last view received, kept so the floor can broadcast a payload of the same size.</summary>
    public JsonElement? LastView { get; private set; }

    /// <summary>Connects to <paramref name="hubUrl"/> over WebSockets, with <paramref name="token"/> when given.</summary>
    public static async Task<LiveClient> ConnectAsync(Uri hubUrl, string? token)
    {
        var hub = new HubConnectionBuilder()
            .WithUrl(hubUrl, options =>
            {
                options.Transports = Microsoft.AspNetCore.Http.Connections.HttpTransportType.WebSockets;
                options.SkipNegotiation = true;
                if (token is not null) options.AccessTokenProvider = () => Task.FromResult<string?>(token);
            })
            .Build();
        hub.ServerTimeout = LoadTestOptions.StepTimeout;
        var client = new LiveClient(hub);
        await hub.StartAsync();
        return client;
    }

    /// <summary>The <see cref="Stopwatch"/> timestamp at which a view with turn <paramref name="turn"/> resolved arrived.</summary>
    public Task<long> ArrivalOf(int turn) => Slot(turn).Task;

    /// <inheritdoc />
    public ValueTask DisposeAsync() => _hub.DisposeAsync();

    private void OnGameChanged(JsonElement view)
    {
        var now = Stopwatch.GetTimestamp();
        LastView = view;
        var resolved = view.GetProperty("lastResolvedTurn").GetInt32();
        for (var turn = 1; turn <= resolved; turn++) Slot(turn).TrySetResult(now);
    }

    private TaskCompletionSource<long> Slot(int turn) =>
        _arrivals.GetOrAdd(turn, _ => new TaskCompletionSource<long>(TaskCreationOptions.RunContinuationsAsynchronously));
}
