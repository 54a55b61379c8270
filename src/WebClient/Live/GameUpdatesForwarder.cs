using System.Collections.Concurrent;
using Microsoft.AspNetCore.SignalR;
using NrcGame.Grains.Firms;
using NrcGame.Grains.Games;
using NrcGame.Grains.Live;
using NrcGame.Grains.Tournaments;

namespace NrcGame.WebClient.Live;

/// <summary>
/// The bridge from grains to browsers in this web process: one grain observer, subscribed to every
/// game a browser of this process watches, forwarding each update to that game's SignalR group.
/// Each front-end has its own, so no SignalR backplane is needed. Subscriptions are renewed before
/// the grain side forgets them; a renewal also catches up on a change the browsers missed (a game
/// re-activated on another silo after a crash has lost its subscribers until the next renewal).
/// It does the same for the tournaments whose leaderboard a browser watches (<see cref="ITournamentObserver"/>).
/// </summary>
public sealed class GameUpdatesForwarder(
    IGrainFactory grains,
    IHubContext<GameHub> hub,
    ILogger<GameUpdatesForwarder> logger,
    TimeProvider time) : BackgroundService, IGameObserver, ITournamentObserver
{
    /// <summary>How often subscriptions are renewed; well below the grain side's expiry.</summary>
    public static readonly TimeSpan RenewalPeriod = TimeSpan.FromSeconds(15);

    /// <summary>Each watched game and the last public view forwarded for it (null before the first).</summary>
    private readonly ConcurrentDictionary<string, GameSummary?> watchedGames = new();
    private IGameObserver? selfReference;
    private ITournamentObserver? tournamentReference;
    private readonly object referenceLock = new();

    /// <summary>Each watched tournament.</summary>
    private readonly ConcurrentDictionary<string, bool> watchedTournaments = new();

    /// <summary>Starts forwarding the leaderboard of <paramref name="tournamentId"/> (idempotent).</summary>
    public async Task WatchTournamentAsync(string tournamentId)
    {
        if (watchedTournaments.TryAdd(tournamentId, true)) await SubscribeTournamentAsync(tournamentId);
    }

    /// <inheritdoc />
    public Task OnLeaderboardChanged(TournamentLeaderboard leaderboard) =>
        hub.Clients.Group(GameHub.TournamentGroup(leaderboard.TournamentId)).SendAsync(GameHub.LeaderboardChanged, leaderboard);

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
    public Task OnTeamsChanged(TeamsChange change)
    {
        if (watchedGames.TryGetValue(change.GameId, out var sent) && sent is not null && sent.CurrentTurn == change.CurrentTurn)
            watchedGames[change.GameId] = sent with { Teams = change.Teams };
        return hub.Clients.Group(GameHub.GameGroup(change.GameId)).SendAsync(GameHub.TeamsChanged, change);
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
            foreach (var tournamentId in watchedTournaments.Keys) await SubscribeTournamentAsync(tournamentId);
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

    private async Task SubscribeTournamentAsync(string tournamentId)
    {
        try
        {
            lock (referenceLock) tournamentReference ??= grains.CreateObjectReference<ITournamentObserver>(this);
            await grains.GetGrain<ITournamentGrain>(tournamentId).Subscribe(tournamentReference);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            logger.LogWarning(exception, "Could not subscribe to the leaderboard of tournament {TournamentId}; retrying at the next renewal.", tournamentId);
        }
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
