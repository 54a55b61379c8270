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
/// the grain side forgets them; a renewal also catches up on a change the browsers missed (a game
/// re-activated on another silo after a crash has lost its subscribers until the next renewal).
/// </summary>
public sealed class GameUpdatesForwarder(
    IGrainFactory grains,
    IHubContext<GameHub> hub,
    ILogger<GameUpdatesForwarder> logger,
    TimeProvider time) : BackgroundService, IGameObserver
{
    /// <summary>How often subscriptions are renewed; well below the grain side's expiry.</summary>
    public static readonly TimeSpan RenewalPeriod = TimeSpan.FromSeconds(15);

    /// <summary>Each watched game and the last public view forwarded for it (null before the first).</summary>
    private readonly ConcurrentDictionary<string, GameSummary?> watchedGames = new();
    private IGameObserver? selfReference;
    private readonly object referenceLock = new();

    /// <summary>Starts forwarding the updates of <paramref name="gameId"/> (idempotent).</summary>
    public async Task WatchAsync(string gameId)
    {
        if (watchedGames.TryAdd(gameId, null)) await SubscribeAsync(gameId, catchUp: false);
    }

    /// <inheritdoc />
    public Task OnGameChanged(GameSummary summary)
    {
        watchedGames[summary.GameId] = summary;
        return hub.Clients.Group(GameHub.GameGroup(summary.GameId)).SendAsync(GameHub.GameChanged, summary);
    }

    /// <inheritdoc />
    public Task OnDraftChanged(string gameId, string firmId, DraftChange change) =>
        hub.Clients.Group(GameHub.FirmGroup(gameId, firmId)).SendAsync(GameHub.DraftChanged, change);

    /// <inheritdoc />
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(RenewalPeriod, time);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            foreach (var gameId in watchedGames.Keys) await SubscribeAsync(gameId, catchUp: true);
        }
    }

    /// <summary>Same turn, status, submissions and countdown: nothing the browsers would see differently.</summary>
    private static bool SameMoment(GameSummary? sent, GameSummary current) =>
        sent is not null && sent.Status == current.Status && sent.CurrentTurn == current.CurrentTurn
        && sent.LastResolvedTurn == current.LastResolvedTurn && sent.Deadline == current.Deadline
        && sent.Teams.Select(team => (team.HasSubmitted, team.Members.Count)).SequenceEqual(current.Teams.Select(team => (team.HasSubmitted, team.Members.Count)));

    private IGameObserver SelfReference()
    {
        lock (referenceLock) return selfReference ??= grains.CreateObjectReference<IGameObserver>(this);
    }

    private async Task SubscribeAsync(string gameId, bool catchUp)
    {
        try
        {
            var game = grains.GetGrain<IGameGrain>(gameId);
            await game.Subscribe(SelfReference());
            if (!catchUp) return;
            var current = await game.GetSummary();
            if (watchedGames.TryGetValue(gameId, out var sent) && !SameMoment(sent, current)) await OnGameChanged(current);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            logger.LogWarning(exception, "Could not subscribe to the updates of game {GameId}; retrying at the next renewal.", gameId);
        }
    }
}
