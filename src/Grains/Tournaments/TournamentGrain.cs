using Microsoft.Extensions.Logging;
using NrcGame.Grains.Access;
using NrcGame.Grains.Games;
using NrcGame.Grains.Live;
using Orleans.Utilities;

namespace NrcGame.Grains.Tournaments;

/// <inheritdoc cref="ITournamentGrain" />
public sealed class TournamentGrain(
    [PersistentState("tournament", GrainStorageNames.GameState)] IPersistentState<TournamentGrainState> state,
    ILogger<TournamentGrain> logger,
    TimeProvider time) : Grain, ITournamentGrain
{
    private readonly ObserverManager<ITournamentObserver> observers = new(GameGrain.ObserverExpiry, logger);

    /// <summary>The latest public view of each market, by game id (filled from the markets on first need).</summary>
    private readonly Dictionary<string, GameSummary> markets = new(StringComparer.Ordinal);

    private TournamentLeaderboard? lastPushed;

    private TournamentGrainState Tournament => state.State;

    private string TournamentId => this.GetPrimaryKeyString();

    private IReadOnlyList<string> MarketIds => TournamentMarkets.MarketIds(TournamentId, Tournament.MarketCount);

    /// <inheritdoc />
    public async Task<TournamentCreation> Create(TournamentSetup setup)
    {
        var errors = TournamentSetupRules.Check(setup);
        if (Tournament.MarketCount > 0) errors = [.. errors, new FieldError("tournamentId", "Un tournoi existe déjà avec cet identifiant.")];
        if (errors.Count > 0) return new TournamentCreation(new CommandResult(errors), "", []);

        var created = new List<MarketCreation>();
        for (var index = 0; index < setup.Markets.Count; index++)
        {
            var gameId = TournamentMarkets.MarketId(TournamentId, index + 1);
            var game = await GrainFactory.GetGrain<IGameGrain>(gameId).Create(setup.MarketSetup(index));
            if (!game.Result.IsAccepted) return new TournamentCreation(game.Result, "", []);
            created.Add(new MarketCreation(gameId, game.TeacherKey, game.Teams));
        }
        var teacherKey = AccessSecret.NewTeacherKey();
        Tournament.Title = setup.Title.Trim();
        Tournament.ScenarioId = setup.ScenarioId;
        Tournament.ScenarioTitle = setup.ScenarioTitle;
        Tournament.TeacherKeyHash = AccessSecret.Hash(teacherKey);
        Tournament.MarketCount = setup.Markets.Count;
        Tournament.Seed = setup.Seed;
        Tournament.CreatedAt = time.GetUtcNow();
        await state.WriteStateAsync();
        return new TournamentCreation(CommandResult.Accepted, teacherKey, created);
    }

    /// <inheritdoc />
    public Task<bool> IsTeacherKey(string teacherKey) =>
        Task.FromResult(Tournament.MarketCount > 0 && AccessSecret.Hash(teacherKey ?? "") == Tournament.TeacherKeyHash);

    /// <inheritdoc />
    public async Task<TournamentLeaderboard?> GetLeaderboard() => Tournament.MarketCount == 0 ? null : await LeaderboardAsync();

    /// <inheritdoc />
    public Task<CommandResult> StartAll(TimeSpan? duration) =>
        ForEveryMarket([GameStatus.Lobby], "la partie a déjà commencé", game => game.Start(duration));

    /// <inheritdoc />
    public Task<CommandResult> PauseAll() =>
        ForEveryMarket([GameStatus.TurnOpen], "aucun trimestre ouvert à suspendre", game => game.Pause());

    /// <inheritdoc />
    public Task<CommandResult> ResumeAll() =>
        ForEveryMarket([GameStatus.Paused], "aucun trimestre suspendu à rouvrir", game => game.Resume());

    /// <inheritdoc />
    public Task<CommandResult> ResolveAll() =>
        ForEveryMarket([GameStatus.TurnOpen, GameStatus.Paused], "aucun trimestre ouvert à clore", game => game.CloseAndResolveTurn());

    /// <inheritdoc />
    public async Task MarketChanged(GameSummary summary)
    {
        if (Tournament.MarketCount == 0 || !MarketIds.Contains(summary.GameId)) return;
        markets[summary.GameId] = summary;
        await PushAsync();
    }

    /// <inheritdoc />
    public Task Subscribe(ITournamentObserver observer)
    {
        observers.Subscribe(observer, observer);
        return Task.CompletedTask;
    }

    /// <inheritdoc />
    public Task Unsubscribe(ITournamentObserver observer)
    {
        observers.Unsubscribe(observer);
        return Task.CompletedTask;
    }

    /// <summary>
    /// Runs <paramref name="command"/> on every market once every market is in one of <paramref name="allowed"/>
    /// (else refuses, naming each market that is not, and changes nothing), then pushes the leaderboard.
    /// </summary>
    private async Task<CommandResult> ForEveryMarket(GameStatus[] allowed, string notAllowed, Func<IGameGrain, Task<CommandResult>> command)
    {
        if (Tournament.MarketCount == 0) return CommandResult.Reject("tournamentId", "Tournoi introuvable.");
        var ids = MarketIds;
        var errors = new List<FieldError>();
        for (var index = 0; index < ids.Count; index++)
        {
            var summary = markets[ids[index]] = await Game(ids[index]).GetSummary();
            if (!allowed.Contains(summary.Status)) errors.Add(new FieldError($"markets[{index}]", $"Marché {index + 1} : {notAllowed}."));
        }
        if (errors.Count > 0) return new CommandResult(errors);
        for (var index = 0; index < ids.Count; index++)
        {
            var result = await command(Game(ids[index]));
            errors.AddRange(result.Errors.Select(error => error with { Field = $"markets[{index}]", Message = $"Marché {index + 1} : {error.Message}" }));
            markets[ids[index]] = await Game(ids[index]).GetSummary();
        }
        await PushAsync();
        return new CommandResult(errors);
    }

    private async Task PushAsync()
    {
        var leaderboard = await LeaderboardAsync();
        if (leaderboard.Equals(lastPushed)) return;
        lastPushed = leaderboard;
        await observers.Notify(observer => observer.OnLeaderboardChanged(leaderboard));
    }

    private async Task<TournamentLeaderboard> LeaderboardAsync()
    {
        var ids = MarketIds;
        foreach (var id in ids.Where(id => !markets.ContainsKey(id))) markets[id] = await Game(id).GetSummary();
        var progress = ids.Select((id, index) => new MarketProgress(id, index + 1, markets[id].Title, markets[id].Status,
            markets[id].CurrentTurn, markets[id].TurnCount, markets[id].LastResolvedTurn)).ToList();
        var ranking = GlobalRanking.Of(ids.ToDictionary(id => id, id => markets[id].Standings, StringComparer.Ordinal));
        return new TournamentLeaderboard(TournamentId, Tournament.Title, Tournament.ScenarioTitle, progress, ranking);
    }

    private IGameGrain Game(string gameId) => GrainFactory.GetGrain<IGameGrain>(gameId);
}
