using Microsoft.Extensions.Logging;
using NrcGame.Grains.Access;
using NrcGame.Grains.Firms;
using NrcGame.Grains.Live;
using NrcGame.Market;
using Orleans.Utilities;

namespace NrcGame.Grains.Games;

/// <summary>Runs one game; see <see cref="IGameGrain"/>.</summary>
public sealed class GameGrain : Grain, IGameGrain
{
    /// <summary>How long an observer stays subscribed without renewing.</summary>
    public static readonly TimeSpan ObserverExpiry = TimeSpan.FromMinutes(5);

    private readonly IPersistentState<GameGrainState> state;
    private readonly TimeProvider time;
    private readonly ObserverManager<IGameObserver> observers;

    /// <summary>Creates the grain with its persisted state.</summary>
    public GameGrain(
        [PersistentState("game", GrainStorageNames.GameState)] IPersistentState<GameGrainState> state,
        TimeProvider time,
        ILogger<GameGrain> logger)
    {
        this.state = state;
        this.time = time;
        observers = new ObserverManager<IGameObserver>(ObserverExpiry, logger);
    }

    private GameGrainState Game => state.State;

    private string GameId => this.GetPrimaryKeyString();

    /// <inheritdoc />
    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        if (Game.Pending is { } pending) await ApplyPendingAsync(pending);
    }

    /// <inheritdoc />
    public async Task<GameCreation> Create(GameSetup setup)
    {
        var errors = GameSetupRules.Check(setup);
        if (Game.Status != GameStatus.None) errors = [.. errors, new FieldError("gameId", "Une partie existe déjà avec cet identifiant.")];
        if (errors.Count > 0) return new GameCreation(new CommandResult(errors), "", []);

        var teacherKey = AccessSecret.NewTeacherKey();
        var seats = setup.TeamNames.Select((name, index) => new FirmSeat($"f{index + 1}", name.Trim())).ToList();
        var codes = seats.Select(seat => new TeamCode(seat.FirmId, seat.Name, AccessSecret.NewJoinCode())).ToList();
        var initialStates = ScenarioStart.InitialStates(setup.Scenario, seats.Select(seat => seat.FirmId).ToList());
        foreach (var (seat, code) in seats.Zip(codes))
        {
            await GrainFactory.GetGrain<IFirmGrain>(FirmKey.Of(GameId, seat.FirmId)).Initialize(new FirmSeatSetup(
                GameId, seat.FirmId, seat.Name, initialStates[seat.FirmId].State, initialStates[seat.FirmId].Decisions));
            await GrainFactory.GetGrain<IJoinCodeGrain>(AccessSecret.Hash(code.JoinCode))
                .Register(new TeamSeat(GameId, seat.FirmId, seat.Name));
        }

        Game.Title = setup.Title.Trim();
        Game.ScenarioId = setup.ScenarioId;
        Game.ScenarioTitle = setup.ScenarioTitle;
        Game.Scenario = setup.Scenario;
        Game.TeacherKeyHash = AccessSecret.Hash(teacherKey);
        Game.Firms = seats;
        Game.Seed = setup.Seed;
        Game.CurrentTurn = 1;
        Game.Status = GameStatus.TurnOpen;
        await state.WriteStateAsync();
        return new GameCreation(CommandResult.Accepted, teacherKey, codes);
    }

    /// <inheritdoc />
    public Task<bool> IsTeacherKey(string teacherKey) =>
        Task.FromResult(Game.Status != GameStatus.None && AccessSecret.Hash(teacherKey) == Game.TeacherKeyHash);

    /// <inheritdoc />
    public Task<MarketScenario?> GetScenario() => Task.FromResult(Game.Scenario);

    /// <inheritdoc />
    public Task<GameSummary> GetSummary() => Task.FromResult(Summary());

    /// <inheritdoc />
    public async Task<CommandResult> SubmitDecisions(string firmId, int turn, FirmDecisions decisions, string author)
    {
        if (Game.Status != GameStatus.TurnOpen)
            return CommandResult.Reject("turn", "Aucun trimestre n'est ouvert : les décisions ne peuvent plus être envoyées.");
        if (turn != Game.CurrentTurn)
            return CommandResult.Reject("turn", $"Le trimestre {turn} n'est pas ouvert (trimestre en cours : {Game.CurrentTurn}). Rechargez la page.");
        if (Game.Firms.All(firm => firm.FirmId != firmId))
            return CommandResult.Reject("firmId", "Cette entreprise ne fait pas partie de la partie.");
        var errors = DecisionRules.Validate(Game.Scenario!, decisions);
        if (errors.Count > 0) return new CommandResult(errors.Select(error => new FieldError(error.Field, error.Message)).ToList());

        await GrainFactory.GetGrain<IFirmGrain>(FirmKey.Of(GameId, firmId)).RecordSubmission(turn, decisions, author, time.GetUtcNow());
        if (Game.SubmittedFirms.Add(firmId)) await state.WriteStateAsync();
        await NotifyAsync();
        return CommandResult.Accepted;
    }

    /// <inheritdoc />
    public async Task<CommandResult> CloseAndResolveTurn()
    {
        if (Game.Status != GameStatus.TurnOpen)
            return CommandResult.Reject("turn", "Aucun trimestre n'est ouvert : la partie est terminée ou n'existe pas.");
        var turn = Game.CurrentTurn;
        var firms = new Dictionary<string, FirmTurnEntry>();
        foreach (var seat in Game.Firms)
            firms[seat.FirmId] = await GrainFactory.GetGrain<IFirmGrain>(FirmKey.Of(GameId, seat.FirmId)).GetTurnEntry(turn);

        var outcome = TurnResolver.Resolve(new TurnInput(
            Game.Scenario!, turn, Game.Seed,
            firms.ToDictionary(firm => firm.Key, firm => new FirmTurnInput(firm.Value.State, firm.Value.Decisions))));

        Game.Pending = new PendingResolution(turn, outcome);
        await state.WriteStateAsync();
        await ApplyPendingAsync(Game.Pending);
        return CommandResult.Accepted;
    }

    /// <inheritdoc />
    public Task Subscribe(IGameObserver observer)
    {
        observers.Subscribe(observer, observer);
        return Task.CompletedTask;
    }

    /// <inheritdoc />
    public Task Unsubscribe(IGameObserver observer)
    {
        observers.Unsubscribe(observer);
        return Task.CompletedTask;
    }

    private async Task ApplyPendingAsync(PendingResolution pending)
    {
        foreach (var seat in Game.Firms)
        {
            await GrainFactory.GetGrain<IFirmGrain>(FirmKey.Of(GameId, seat.FirmId))
                .ApplyResult(pending.Turn, pending.Outcome.Firms[seat.FirmId]);
        }
        Game.Standings = Standings.From(pending.Outcome, Game.Firms);
        Game.News.Add(pending.Outcome.News);
        Game.SubmittedFirms.Clear();
        Game.CurrentTurn = pending.Turn + 1;
        if (Game.CurrentTurn > Game.Scenario!.TurnCount) Game.Status = GameStatus.Finished;
        Game.Pending = null;
        await state.WriteStateAsync();
        await NotifyAsync();
    }

    private Task NotifyAsync()
    {
        var summary = Summary();
        return observers.Notify(observer => observer.OnGameChanged(summary));
    }

    private GameSummary Summary() => new(
        GameId, Game.Title, Game.ScenarioTitle, Game.Status, Game.CurrentTurn, Game.Scenario?.TurnCount ?? 0,
        Game.Firms.Select(firm => new TeamStatus(firm.FirmId, firm.Name, Game.SubmittedFirms.Contains(firm.FirmId))).ToList(),
        Game.Standings,
        Game.CurrentTurn - 1);
}
