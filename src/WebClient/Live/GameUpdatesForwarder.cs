using System.Collections.Concurrent;
using Microsoft.AspNetCore.SignalR;
using NrcGame.Grains.Firms;
using NrcGame.Grains.Games;
using NrcGame.Grains.Live;

namespace NrcGame.WebClient.Live;

/// <summary>
/// The bridge from grains to browsers in this web process: one grain observer, subscribed to every
/// game a browser of this process watches, forwarding each update to that game's SignalR group.
/// Each front-end has its own, so no SignalR backplane is needed. Subscriptions are renewed before
/// the grain side forgets them.
/// </summary>
public sealed class GameUpdatesForwarder(
    IGrainFactory grains,
    IHubContext<GameHub> hub,
    ILogger<GameUpdatesForwarder> logger,
    TimeProvider time) : BackgroundService, IGameObserver
{
    /// <summary>How often subscriptions are renewed; well below the grain side's expiry.</summary>
    public static readonly TimeSpan RenewalPeriod = TimeSpan.FromMinutes(1);

    private readonly ConcurrentDictionary<string, byte> watchedGames = new();
    private IGameObserver? selfReference;
    private readonly object referenceLock = new();

    /// <summary>Starts forwarding the updates of <paramref name="gameId"/> (idempotent).</summary>
    public async Task WatchAsync(string gameId)
    {
        if (watchedGames.TryAdd(gameId, 0)) await SubscribeAsync(gameId);
    }

    /// <inheritdoc />
    public Task OnGameChanged(GameSummary summary) =>
        hub.Clients.Group(GameHub.GameGroup(summary.GameId)).SendAsync(GameHub.GameChanged, summary);

    /// <inheritdoc />
    public Task OnDraftChanged(string gameId, string firmId, DraftChange change) =>
        hub.Clients.Group(GameHub.FirmGroup(gameId, firmId)).SendAsync(GameHub.DraftChanged, change);

    /// <inheritdoc />
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(RenewalPeriod, time);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            foreach (var gameId in watchedGames.Keys) await SubscribeAsync(gameId);
        }
    }

    private IGameObserver SelfReference()
    {
        lock (referenceLock) return selfReference ??= grains.CreateObjectReference<IGameObserver>(this);
    }

    private async Task SubscribeAsync(string gameId)
    {
        try
        {
            await grains.GetGrain<IGameGrain>(gameId).Subscribe(SelfReference());
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            logger.LogWarning(exception, "Could not subscribe to the updates of game {GameId}; retrying at the next renewal.", gameId);
        }
    }
}
