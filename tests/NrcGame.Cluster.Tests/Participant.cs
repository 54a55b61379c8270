using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Threading.Channels;
using Microsoft.AspNetCore.SignalR.Client;

namespace NrcGame.Cluster.Tests;

/// <summary>
/// Someone in the class (teacher or student) on one front-end: the HTTP API with their token and a
/// SignalR connection to the game hub whose <c>gameChanged</c> messages are queued for the test.
/// </summary>
public sealed class Participant : IAsyncDisposable
{
    private readonly HubConnection _hub;
    private readonly Channel<JsonElement> _updates = Channel.CreateUnbounded<JsonElement>();

    private Participant(string name, HttpClient http, HubConnection hub)
    {
        Name = name;
        Http = http;
        _hub = hub;
        _hub.On<JsonElement>("gameChanged", summary => _updates.Writer.TryWrite(summary));
    }

    /// <summary>Who this is, for failure messages.</summary>
    public string Name { get; }

    /// <summary>The HTTP API of this participant's front-end, with the token set.</summary>
    public HttpClient Http { get; }

    /// <summary>Connects to the hub of <paramref name="frontEnd"/> with <paramref name="token"/>.</summary>
    public static async Task<Participant> ConnectAsync(string name, Uri frontEnd, string token)
    {
        var http = new HttpClient { BaseAddress = frontEnd, Timeout = TimeSpan.FromSeconds(60) };
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        var hub = new HubConnectionBuilder()
            .WithUrl(new Uri(frontEnd, "/hubs/game"), options => options.AccessTokenProvider = () => Task.FromResult<string?>(token))
            .Build();
        var participant = new Participant(name, http, hub);
        await hub.StartAsync();
        return participant;
    }

    /// <summary>
    /// Waits for a pushed game view whose last resolved turn is at least <paramref name="turn"/>
    /// and returns it; fails with this participant's name when none comes within <paramref name="timeout"/>
    /// (an <see cref="OperationCanceledException"/> when <paramref name="cancellation"/> fires first).
    /// </summary>
    public async Task<JsonElement> WaitForResolvedTurnAsync(int turn, TimeSpan timeout, CancellationToken cancellation = default)
    {
        using var timer = new CancellationTokenSource(timeout);
        using var either = CancellationTokenSource.CreateLinkedTokenSource(timer.Token, cancellation);
        try
        {
            while (true)
            {
                var summary = await _updates.Reader.ReadAsync(either.Token);
                if (summary.GetProperty("lastResolvedTurn").GetInt32() >= turn) return summary;
            }
        }
        catch (OperationCanceledException) when (timer.IsCancellationRequested)
        {
            throw new TimeoutException($"{Name} received no standings of turn {turn} through SignalR within {timeout}.");
        }
    }

    /// <summary>
    /// Closes and reopens the hub connection, as the browser app does after a page reload or a lost
    /// connection, and returns the first view in which <paramref name="turn"/> is resolved (the hub greets
    /// every new connection with the game's current view). While the cluster recovers from a killed silo
    /// the greeting can fail (it needs the Game grain) and the hub closes the connection: it reconnects
    /// then, as the browser app does, for at most <see cref="Retry.Bound"/>.
    /// </summary>
    public async Task<JsonElement> RejoinUntilResolvedAsync(int turn)
    {
        var deadline = DateTime.UtcNow + Retry.Bound;
        while (true)
        {
            await _hub.StopAsync();
            using var closed = new CancellationTokenSource();
            Task OnClosed(Exception? error)
            {
                closed.Cancel();
                return Task.CompletedTask;
            }

            _hub.Closed += OnClosed;
            try
            {
                await _hub.StartAsync();
                return await WaitForResolvedTurnAsync(turn, deadline - DateTime.UtcNow, closed.Token);
            }
            catch (Exception exception) when (exception is not TimeoutException && DateTime.UtcNow < deadline)
            {
                // The connection could not start, or the hub closed it before the view came: reconnect.
            }
            finally
            {
                _hub.Closed -= OnClosed;
            }
        }
    }

    /// <summary>GETs <paramref name="path"/> as JSON, retrying while the cluster recovers from a failure.</summary>
    public Task<JsonNode> GetAsync(string path) =>
        Retry.UntilSuccessAsync($"{Name} GET {path}", async () => await ApiJson.ReadAsync(await Http.GetAsync(path)));

    /// <summary>PUTs <paramref name="body"/>, retrying while the cluster recovers from a failure.</summary>
    public Task PutAsync(string path, JsonNode body) =>
        Retry.UntilSuccessAsync($"{Name} PUT {path}", async () => await ApiJson.ReadAsync(await Http.PutAsJsonAsync(path, body)));

    /// <summary>POSTs <paramref name="body"/> once and returns the answer as JSON, failing on an error status.</summary>
    public async Task<JsonNode> PostAsync(string path, object? body = null) => await ApiJson.ReadAsync(await Http.PostAsJsonAsync(path, body));

    /// <summary>Calls the hub method <paramref name="method"/> once and returns its answer; a refusal throws a <see cref="HubException"/>.</summary>
    public Task<JsonElement> InvokeAsync(string method, params object?[] arguments) => _hub.InvokeCoreAsync<JsonElement>(method, arguments);

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        await _hub.DisposeAsync();
        Http.Dispose();
    }
}
