using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using NrcGame.Bots;
using NrcGame.Grains.Access;
using NrcGame.Grains.Firms;
using NrcGame.Grains.Live;
using NrcGame.Grains.Standings;
using NrcGame.Market;
using NrcGame.Scenarios;
using Orleans.Utilities;

namespace NrcGame.Grains.Games;

/// <summary>Runs one game; see <see cref="IGameGrain"/>.</summary>
public sealed class GameGrain : Grain, IGameGrain
{
    /// <summary>How long an observer stays subscribed without renewing.</summary>
    public static readonly TimeSpan ObserverExpiry = TimeSpan.FromMinutes(5);

    /// <summary>
    /// Number of firms the scenarios are calibrated for (market-model.md §8.3: a symmetric 4-firm
    /// market). A game with another number of teams gets its potentials scaled in proportion, so
    /// that each firm faces the same market size and its fixed charges stay realistic.
    /// </summary>
    public const int ReferenceFirmCount = 4;

    /// <summary>How many of the latest event cards the public view carries as news.</summary>
    public const int NewsShown = 5;

    /// <summary>How often a running countdown is checked.</summary>
    public static readonly TimeSpan CountdownTick = TimeSpan.FromSeconds(1);

    private readonly IPersistentState<GameGrainState> state;
    private readonly IPersistentState<SubmittedTeams> submitted;
    private readonly TimeProvider time;
    private readonly ObserverManager<IGameObserver> observers;
    private readonly ILogger<GameGrain> logger;
    private readonly ResolutionRetryOptions retry;
    private IGrainTimer? countdown;

    /// <summary>Students with the game open now, by hub connection (in memory: browsers register again on reconnection).</summary>
    private readonly Dictionary<string, (string FirmId, string Name)> connections = [];

    /// <summary>True while this activation stores a resolved turn: announced meanwhile, that turn is not unfinished yet.</summary>
    private bool storing;

    /// <summary>Who last edited each firm's draft of the open turn (in memory, for the teacher's board).</summary>
    private readonly Dictionary<string, string> draftEditors = [];

    /// <summary>Creates the grain with its persisted state and its row of the teams that submitted the open turn.</summary>
    public GameGrain(
        [PersistentState("game", GrainStorageNames.GameState)] IPersistentState<GameGrainState> state,
        [PersistentState("submitted", GrainStorageNames.GameState)] IPersistentState<SubmittedTeams> submitted,
        TimeProvider time,
        ILogger<GameGrain> logger,
        IOptions<ResolutionRetryOptions> retry)
    {
        this.state = state;
        this.submitted = submitted;
        this.time = time;
        this.logger = logger;
        this.retry = retry.Value;
        observers = new ObserverManager<IGameObserver>(ObserverExpiry, logger);
    }

    private GameGrainState Game => state.State;

    private string GameId => this.GetPrimaryKeyString();

    private int LastResolvedTurn => Game.StandingsByTurn.Count;

    /// <summary>The firms that submitted decisions for the open turn.</summary>
    private IReadOnlySet<string> SubmittedFirms =>
        submitted.State.Turn == Game.CurrentTurn ? submitted.State.Firms : System.Collections.Immutable.ImmutableHashSet<string>.Empty;

    /// <summary>
    /// The played turns as last assembled from every firm's results (the debrief pages and exports ask for them several
    /// times in a row). Weakly held, so that it never keeps a finished game's whole history in memory past a garbage
    /// collection; forgotten when a turn is resolved or rolled back.
    /// </summary>
    private readonly WeakReference<IReadOnlyList<PlayedTurn>> playedTurns = new([]);

    /// <summary>The last market composed from the history, kept while the history and the turn are the same.</summary>
    private (ScenarioHistory History, int Turn, MarketScenario Market)? marketInForce;

    /// <summary>
    /// The market in force at <paramref name="turn"/>. Composing it re-applies and re-validates every
    /// change, so it is done once per history and turn, not on every submission.
    /// </summary>
    private MarketScenario MarketAt(int turn)
    {
        var history = Game.History!;
        if (marketInForce is { } cached && ReferenceEquals(cached.History, history) && cached.Turn == turn) return cached.Market;
        var market = history.ScenarioAt(turn);
        marketInForce = (history, turn, market);
        return market;
    }

    /// <summary>
    /// Why the market and the turn cannot change while a resolution or roll-back interrupted by a
    /// failure is unfinished: the change would apply to a turn whose outcome is already computed.
    /// </summary>
    private const string InterruptedMessage =
        "La dernière résolution (ou annulation) du trimestre a été interrompue : relancez « Résoudre le trimestre » pour la terminer, puis recommencez.";

    private int TurnCount => Game.History?.Initial.TurnCount ?? 0;

    private IFirmGrain Firm(string firmId) => GrainFactory.GetGrain<IFirmGrain>(FirmKey.Of(GameId, firmId));

    /// <inheritdoc />
    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        if (Game.FormerSubmittedFirms is { } former) await MoveFormerSubmittedFirmsAsync(former);
        if (Game.Pending is { } pending) await ApplyResolutionAsync(pending, OutcomeOf(pending));
        if (Game.PendingRollBack is { } turn) await ApplyRollBackAsync(turn);
        // A deadline that passed while the game was unloaded (or the server down) closes the turn now.
        if (Game.Status == GameStatus.TurnOpen && Game.Clock.HasExpired(time.GetUtcNow())) await CloseAndResolveTurn();
        ArmCountdown();
    }

    /// <inheritdoc />
    public async Task<GameCreation> Create(GameSetup setup)
    {
        var errors = GameSetupRules.Check(setup);
        if (Game.Status != GameStatus.None) errors = [.. errors, new FieldError("gameId", "Une partie existe déjà avec cet identifiant.")];
        if (errors.Count > 0) return new GameCreation(new CommandResult(errors), "", []);

        var teacherKey = AccessSecret.NewTeacherKey();
        var seats = SeatsOf(setup);
        var codes = seats.Where(seat => seat.Bot is null).Select(seat => new TeamCode(seat.FirmId, seat.Name, AccessSecret.NewJoinCode())).ToList();
        var starts = ScenarioStart.InitialStates(setup.Scenario, seats.Select(seat => seat.FirmId).ToList());
        foreach (var seat in seats)
        {
            var start = starts[seat.FirmId];
            await Firm(seat.FirmId).Initialize(new FirmSeatSetup(GameId, seat.FirmId, seat.Name, start.State, start.Decisions));
        }
        foreach (var code in codes)
        {
            await GrainFactory.GetGrain<IJoinCodeGrain>(AccessSecret.Hash(code.JoinCode)).Register(new TeamSeat(GameId, code.FirmId, code.Name));
            Game.JoinCodeHashes[code.FirmId] = AccessSecret.Hash(code.JoinCode);
        }

        Game.Title = setup.Title.Trim();
        Game.ScenarioId = setup.ScenarioId;
        Game.ScenarioTitle = setup.ScenarioTitle;
        Game.History = ScenarioHistory.Start(SizedForTeams(setup.Scenario with { Scoring = setup.Weights ?? setup.Scenario.Scoring }, seats.Count));
        Game.CatchUp = setup.CatchUp ?? CatchUpRule.Off;
        if (seats.Count != ReferenceFirmCount)
        {
            Game.Audit.Add(new AuditEntry(time.GetUtcNow(), 1, $"Taille du marché adaptée à {seats.Count} équipes (le scénario est prévu pour {ReferenceFirmCount})",
                [$"segments[*].potential[*] × {seats.Count}/{ReferenceFirmCount}"]));
        }
        Game.EventCards = setup.EventCards?.ToList() ?? [];
        Game.TurnDuration = setup.TurnDuration;
        Game.TeacherKeyHash = AccessSecret.Hash(teacherKey);
        Game.Firms = seats;
        Game.Seed = setup.Seed;
        Game.CurrentTurn = 1;
        Game.Status = GameStatus.Lobby;
        await state.WriteStateAsync();
        return new GameCreation(CommandResult.Accepted, teacherKey, codes);
    }

    /// <inheritdoc />
    public Task<bool> IsTeacherKey(string teacherKey) =>
        Task.FromResult(Game.Status != GameStatus.None && AccessSecret.Hash(teacherKey) == Game.TeacherKeyHash);

    /// <inheritdoc />
    public Task<MarketScenario?> GetScenario() => Task.FromResult(Game.History is null ? null : MarketAt(Game.CurrentTurn));

    /// <inheritdoc />
    public Task<IReadOnlyList<EventCard>> GetEventCards() => Task.FromResult<IReadOnlyList<EventCard>>(Game.EventCards);

    /// <inheritdoc />
    public async Task<IReadOnlyList<PlayedTurn>> GetPlayedTurns()
    {
        if (playedTurns.TryGetTarget(out var cached) && cached.Count == LastResolvedTurn) return cached;
        var records = (await Task.WhenAll(Game.Firms.Select(async seat => (seat.FirmId, Records: await Firm(seat.FirmId).GetTurnRecords()))))
            .ToDictionary(firm => firm.FirmId, firm => firm.Records);
        var played = Enumerable.Range(1, LastResolvedTurn).Select(turn => new PlayedTurn(
            new TurnInput(MarketAt(turn), turn, Game.Seed,
                records.ToDictionary(firm => firm.Key, firm => new FirmTurnInput(firm.Value[turn - 1].Entry.State, firm.Value[turn - 1].Entry.Decisions))),
            new TurnOutcome(turn, records.ToDictionary(firm => firm.Key, firm => firm.Value[turn - 1].Result), Game.News[turn - 1]))).ToList();
        playedTurns.SetTarget(played);
        return played;
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<AuditEntry>> GetAudit() => Task.FromResult<IReadOnlyList<AuditEntry>>(Game.Audit);

    /// <inheritdoc />
    public Task<CommandResult> ChangeParameters(IReadOnlyList<ParameterChange> changes, string reason)
    {
        var why = reason?.Trim() ?? "";
        if (why.Length is 0 or > 200)
            return Task.FromResult(CommandResult.Reject("reason", "Motif du changement : obligatoire, 200 caractères au plus (il apparaît dans le débriefing)."));
        if (changes is null || changes.Count is 0 or > 50)
            return Task.FromResult(CommandResult.Reject("changes", "Changements : entre 1 et 50 paramètres à la fois."));
        var empty = changes.ToList().FindIndex(change => change is null);
        if (empty >= 0)
            return Task.FromResult(CommandResult.Reject($"changes[{empty}]", $"Changements : le changement {empty + 1} est vide."));
        return RecordRevisionAsync(history => history.Record(new ScenarioRevision(LastResolvedTurn + 1, changes, why), LastResolvedTurn), why, changes);
    }

    /// <inheritdoc />
    public async Task<PreviewBasis> GetPreviewBasis(IReadOnlyList<ParameterChange> changes)
    {
        if (Game.Pending is not null || Game.PendingRollBack is not null)
            return PreviewBasis.Refused(CommandResult.Reject("status", InterruptedMessage));
        if (Game.History is null || Game.Status is GameStatus.None or GameStatus.Finished)
            return PreviewBasis.Refused(CommandResult.Reject("status", "Plus aucun trimestre à résoudre : la partie est terminée ou n'existe pas."));
        changes ??= [];
        if (changes.Count > 50)
            return PreviewBasis.Refused(CommandResult.Reject("changes", "Changements : 50 paramètres à la fois au plus."));
        var empty = changes.ToList().FindIndex(change => change is null);
        if (empty >= 0)
            return PreviewBasis.Refused(CommandResult.Reject($"changes[{empty}]", $"Changements : le changement {empty + 1} est vide."));
        var turn = LastResolvedTurn + 1;
        MarketScenario? proposed = null;
        if (changes.Count > 0)
        {
            var recorded = Game.History.Record(new ScenarioRevision(turn, changes, "aperçu"), LastResolvedTurn);
            if (recorded.Value is not { } history) return PreviewBasis.Refused(Rejection(recorded.Errors));
            proposed = history.ScenarioAt(turn);
        }
        var entries = await Task.WhenAll(Game.Firms.Select(async seat => (seat.FirmId, Entry: await Firm(seat.FirmId).GetTurnEntry(turn))));
        var current = new TurnInput(MarketAt(turn), turn, Game.Seed,
            entries.ToDictionary(firm => firm.FirmId, firm => new FirmTurnInput(firm.Entry.State, firm.Entry.Decisions), StringComparer.Ordinal));
        return new PreviewBasis(CommandResult.Accepted, current, proposed);
    }

    /// <inheritdoc />
    public Task<CommandResult> PlayEventCard(string cardId)
    {
        var card = Game.EventCards.FirstOrDefault(candidate => candidate.Id == cardId);
        if (card is null) return Task.FromResult(CommandResult.Reject("cardId", "Carte événement inconnue dans ce scénario."));
        return PlayAsync(card, $"Carte « {card.Headline} »", writtenByTeacher: false);
    }

    /// <inheritdoc />
    public Task<CommandResult> PlayCustomEventCard(EventCard card)
    {
        var errors = CustomEventCardRules.Check(card);
        if (errors.Count > 0) return Task.FromResult(new CommandResult(errors));
        var written = card with
        {
            Id = $"enseignant-{Game.Announcements.Count(announcement => announcement.WrittenByTeacher) + 1}",
            Headline = card.Headline.Trim(),
            Description = card.Description?.Trim() ?? "",
        };
        return PlayAsync(written, $"Carte de l'enseignant « {written.Headline} »", writtenByTeacher: true);
    }

    /// <summary>Plays <paramref name="card"/> from the next turn on: audit log, and news for the class.</summary>
    private Task<CommandResult> PlayAsync(EventCard card, string description, bool writtenByTeacher) =>
        RecordRevisionAsync(history => history.Play(card, LastResolvedTurn), description, card.Effects,
            () => Game.Announcements.Add(new Announcement(LastResolvedTurn + 1, card.Headline, card.Description, card.Concepts.ToList(), writtenByTeacher)));

    /// <inheritdoc />
    public Task<GameSummary> GetSummary() => Task.FromResult(Summary());

    /// <inheritdoc />
    public Task<CommandResult> Start(TimeSpan? duration)
    {
        if (Game.Status != GameStatus.Lobby)
            return Task.FromResult(CommandResult.Reject("status", "La partie a déjà commencé."));
        if (CountdownError(duration) is { } error) return Task.FromResult(error);
        return ChangeAsync(() =>
        {
            Game.Status = GameStatus.TurnOpen;
            Game.TurnDuration = duration;
            OpenCountdown();
        });
    }

    /// <inheritdoc />
    public async Task<TeamCode?> ReissueJoinCode(string firmId)
    {
        var seat = Game.Firms.FirstOrDefault(firm => firm.FirmId == firmId);
        if (seat is null) return null;
        var code = AccessSecret.NewJoinCode();
        var hash = AccessSecret.Hash(code);
        await GrainFactory.GetGrain<IJoinCodeGrain>(hash).Register(new TeamSeat(GameId, seat.FirmId, seat.Name));
        if (Game.JoinCodeHashes.TryGetValue(firmId, out var old)) await GrainFactory.GetGrain<IJoinCodeGrain>(old).Revoke();
        Game.JoinCodeHashes[firmId] = hash;
        await state.WriteStateAsync();
        return new TeamCode(seat.FirmId, seat.Name, code);
    }

    /// <inheritdoc />
    public async Task<string?> ReissueTeacherKey()
    {
        if (Game.Status == GameStatus.None) return null;
        var teacherKey = AccessSecret.NewTeacherKey();
        Game.TeacherKeyHash = AccessSecret.Hash(teacherKey);
        await state.WriteStateAsync();
        return teacherKey;
    }

    /// <inheritdoc />
    public async Task<bool> Delete()
    {
        if (Game.Status == GameStatus.None) return false;
        var firmIds = Game.Firms.Select(seat => seat.FirmId).ToList();
        var holders = new List<IErasableGrain> { GrainFactory.GetGrain<IStandingsGrain>(GameId) };
        holders.AddRange(firmIds.Select(Firm));
        // Under every market the game has been played in (the union: the same grain is erased once).
        holders.AddRange(Enumerable.Range(1, Math.Clamp(Game.CurrentTurn, 1, Math.Max(TurnCount, 1)))
            .SelectMany(turn => ResolutionParts.HoldersOf(GrainFactory, GameId, MarketAt(turn), firmIds)).Distinct());
        holders.AddRange(Game.JoinCodeHashes.Values.Select(hash => GrainFactory.GetGrain<IJoinCodeGrain>(hash)));
        await Task.WhenAll(holders.Select(holder => holder.Erase()));
        await GrainFactory.GetGrain<IDeadlineRegistryGrain>(0).Remove(GameId);
        countdown?.Dispose();
        countdown = null;
        await submitted.ClearIfStoredAsync();
        await state.ClearStateAsync();
        marketInForce = null;
        DeactivateOnIdle();
        return true;
    }

    /// <inheritdoc />
    public async Task RecordJoin(string firmId, string displayName)
    {
        if (Game.Firms.All(firm => firm.FirmId != firmId)) return;
        var members = Game.Members.TryGetValue(firmId, out var list) ? list : Game.Members[firmId] = [];
        if (members.Contains(displayName)) return;
        members.Add(displayName);
        await state.WriteStateAsync();
        await NotifyTeamsAsync();
    }

    /// <inheritdoc />
    public Task<CommandResult> SetCountdown(TimeSpan? duration)
    {
        if (Game.Status != GameStatus.TurnOpen)
            return Task.FromResult(CommandResult.Reject("status", "Le compte à rebours se règle sur un trimestre ouvert (ni en attente, ni en pause, ni terminé)."));
        if (CountdownError(duration) is { } error) return Task.FromResult(error);
        return ChangeAsync(() =>
        {
            Game.TurnDuration = duration;
            OpenCountdown();
        });
    }

    /// <inheritdoc />
    public Task<CommandResult> ExtendCountdown(TimeSpan extra)
    {
        if (!Game.Clock.IsRunning && Game.Status != GameStatus.Paused)
            return Task.FromResult(CommandResult.Reject("minutes", "Aucun compte à rebours en cours à prolonger."));
        if (extra <= TimeSpan.Zero || extra > TurnClock.MaxDuration)
            return Task.FromResult(CommandResult.Reject("minutes", $"Prolongation : {extra.TotalMinutes:0} min est hors de la plage autorisée (1 à {TurnClock.MaxDuration.TotalMinutes:0} min)."));
        return ChangeAsync(() => Game.Clock.Extend(extra));
    }

    /// <inheritdoc />
    public Task<CommandResult> Pause()
    {
        if (Game.Status != GameStatus.TurnOpen)
            return Task.FromResult(CommandResult.Reject("status", "Seul un trimestre ouvert peut être mis en pause."));
        return ChangeAsync(() =>
        {
            Game.Status = GameStatus.Paused;
            Game.Clock.Pause(time.GetUtcNow());
        });
    }

    /// <inheritdoc />
    public Task<CommandResult> Resume()
    {
        if (Game.Status != GameStatus.Paused)
            return Task.FromResult(CommandResult.Reject("status", "La partie n'est pas en pause."));
        return ChangeAsync(() =>
        {
            Game.Status = GameStatus.TurnOpen;
            Game.Clock.Resume(time.GetUtcNow());
        });
    }

    /// <inheritdoc />
    public async Task<CommandResult> SubmitDecisions(string firmId, int turn, FirmDecisions decisions, string author)
    {
        if (SubmissionError(firmId, turn) is { } error) return error;
        var errors = DecisionRules.Validate(MarketAt(turn), decisions);
        if (errors.Count > 0) return new CommandResult(errors.Select(e => new FieldError(e.Field, e.Message)).ToList());

        await Firm(firmId).RecordSubmission(turn, decisions, author, time.GetUtcNow());
        await RecordSubmittedAsync(firms => firms.Add(firmId));
        await NotifyTeamsAsync();
        return CommandResult.Accepted;
    }

    /// <inheritdoc />
    public async Task<CommandResult> WithdrawDecisions(string firmId, int turn, string author)
    {
        if (SubmissionError(firmId, turn) is { } error) return error;
        if (!SubmittedFirms.Contains(firmId))
            return CommandResult.Reject("turn", "Aucune décision envoyée à retirer pour ce trimestre.");
        await Firm(firmId).RecordWithdrawal(turn, author, time.GetUtcNow());
        await RecordSubmittedAsync(firms => firms.Remove(firmId));
        await NotifyTeamsAsync();
        return CommandResult.Accepted;
    }

    /// <summary>Applies <paramref name="change"/> to the firms that submitted the open turn and stores them (their row only).</summary>
    private async Task RecordSubmittedAsync(Action<HashSet<string>> change)
    {
        if (submitted.State.Turn != Game.CurrentTurn) submitted.State = new SubmittedTeams { Turn = Game.CurrentTurn };
        change(submitted.State.Firms);
        await submitted.WriteStateAsync();
    }

    /// <summary>A game stored when the submitted firms were part of its state: they move to their own row, then leave the state.</summary>
    private async Task MoveFormerSubmittedFirmsAsync(HashSet<string> former)
    {
        submitted.State = new SubmittedTeams { Turn = Game.CurrentTurn, Firms = former };
        await submitted.WriteStateAsync();
        Game.FormerSubmittedFirms = null;
        await state.WriteStateAsync();
    }

    /// <inheritdoc />
    public async Task<CommandResult> CloseAndResolveTurn()
    {
        // A resolution or roll-back that failed half-way (a grain could not be reached): finish exactly that one.
        if (Game.Pending is { } interrupted) return await FinishResolutionAsync(interrupted, OutcomeOf(interrupted));
        if (Game.PendingRollBack is { } undone)
        {
            await ApplyRollBackAsync(undone);
            return CommandResult.Accepted;
        }
        if (Game.Status is not (GameStatus.TurnOpen or GameStatus.Paused))
        {
            return CommandResult.Reject("status", Game.Status == GameStatus.Lobby
                ? "La partie n'a pas commencé : ouvrez d'abord le premier trimestre."
                : "Aucun trimestre n'est ouvert : la partie est terminée ou n'existe pas.");
        }
        var turn = Game.CurrentTurn;
        logger.ResolutionStepReached(turn, GameId, ResolutionStep.Started);
        await SubmitBotDecisionsAsync(turn);
        var entries = (await Task.WhenAll(Game.Firms.Select(async seat => (seat.FirmId, Entry: await Firm(seat.FirmId).GetTurnEntry(turn)))))
            .ToDictionary(firm => firm.FirmId, firm => firm.Entry);

        var pending = new PendingResolution(turn, entries);
        var outcome = OutcomeOf(pending);
        logger.ResolutionStepReached(turn, GameId, ResolutionStep.EngineDone);

        Game.Pending = pending;
        await state.WriteStateAsync();
        logger.ResolutionStepReached(turn, GameId, ResolutionStep.PendingStored);
        return await FinishResolutionAsync(pending, outcome);
    }

    /// <summary>
    /// Applies <paramref name="pending"/>; when its share still cannot all be stored after the retries, the teacher is told
    /// in French (the turn is announced, resolving again finishes it) instead of a server error. A database outage is left
    /// to the outage handlers, which deactivate the grain and answer 503.
    /// </summary>
    private async Task<CommandResult> FinishResolutionAsync(PendingResolution pending, TurnOutcome outcome)
    {
        try
        {
            await ApplyResolutionAsync(pending, outcome);
            return CommandResult.Accepted;
        }
        catch (Exception failure) when (!DatabaseUnavailableException.IsCauseOf(failure))
        {
            logger.ResolutionLeftUnfinished(pending.Turn, GameId, failure);
            await NotifyAsync();
            return CommandResult.Reject("status",
                $"Le trimestre {pending.Turn} est résolu et annoncé, mais un serveur n'a pas encore enregistré toute sa part : " +
                "relancez « Résoudre le trimestre » dans un instant pour terminer (rien ne sera compté deux fois).");
        }
    }

    /// <summary>What the engine makes of <paramref name="pending"/>'s entries: the same outcome every time it is asked.</summary>
    private TurnOutcome OutcomeOf(PendingResolution pending) =>
        TurnResolver.Resolve(new TurnInput(
            MarketAt(pending.Turn), pending.Turn, Game.Seed,
            pending.Entries.ToDictionary(entry => entry.Key, entry => new FirmTurnInput(entry.Value.State, entry.Value.Decisions))));

    /// <inheritdoc />
    public Task<CommandResult> ResolveTurn(int turn)
    {
        var open = Game.Pending?.Turn ?? Game.CurrentTurn;
        if (Game.PendingRollBack is null && Game.Status != GameStatus.Lobby && turn != open)
        {
            return Task.FromResult(CommandResult.Reject("turn", turn < open || Game.Status == GameStatus.Finished
                ? $"Le trimestre {turn} est déjà résolu : rien n'a été résolu de plus."
                : $"Le trimestre {turn} n'est pas encore ouvert (trimestre en cours : {open})."));
        }
        return CloseAndResolveTurn();
    }

    /// <inheritdoc />
    public async Task<CommandResult> RollBackLastTurn()
    {
        if (Game.Pending is not null)
            return CommandResult.Reject("status", InterruptedMessage);
        if (Game.StandingsByTurn.Count == 0)
            return CommandResult.Reject("turn", "Aucun trimestre résolu à annuler.");
        Game.PendingRollBack = Game.CurrentTurn - 1;
        await state.WriteStateAsync();
        await ApplyRollBackAsync(Game.PendingRollBack.Value);
        return CommandResult.Accepted;
    }

    /// <inheritdoc />
    public Task Wake() => Task.CompletedTask;

    /// <inheritdoc />
    public async Task RelayDraftChange(string firmId, DraftChange change)
    {
        await observers.Notify(observer => observer.OnDraftChanged(GameId, firmId, change));
        // The class board shows who is editing: pushed when the editor changes, not on every field.
        if (change.Turn != Game.CurrentTurn || draftEditors.GetValueOrDefault(firmId) == change.Author) return;
        draftEditors[firmId] = change.Author;
        await NotifyTeamsAsync();
    }

    /// <inheritdoc />
    public Task Connect(string connectionId, string firmId, string displayName)
    {
        if (Game.Firms.All(firm => firm.FirmId != firmId)) return Task.CompletedTask;
        connections[connectionId] = (firmId, displayName);
        return NotifyTeamsAsync();
    }

    /// <inheritdoc />
    public Task Disconnect(string connectionId) => connections.Remove(connectionId) ? NotifyTeamsAsync() : Task.CompletedTask;

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

    private CommandResult? SubmissionError(string firmId, int turn)
    {
        if (Game.Firms.All(firm => firm.FirmId != firmId))
            return CommandResult.Reject("firmId", "Cette entreprise ne fait pas partie de la partie.");
        if (Game.Status == GameStatus.Paused)
            return CommandResult.Reject("turn", "La partie est en pause : les décisions seront acceptées à la reprise.");
        if (Game.Status != GameStatus.TurnOpen)
            return CommandResult.Reject("turn", "Aucun trimestre n'est ouvert : les décisions ne peuvent pas être envoyées.");
        if (Game.Pending is not null || Game.PendingRollBack is not null)
            return CommandResult.Reject("turn", "Le trimestre est en cours de résolution (ou d'annulation) : les décisions ne sont plus acceptées pour l'instant.");
        if (Game.Clock.HasExpired(time.GetUtcNow()))
            return CommandResult.Reject("turn", "La date limite du trimestre est dépassée : les décisions ne sont plus acceptées.");
        if (turn != Game.CurrentTurn)
            return CommandResult.Reject("turn", $"Le trimestre {turn} n'est pas ouvert (trimestre en cours : {Game.CurrentTurn}). Rechargez la page.");
        return null;
    }

    private static CommandResult? CountdownError(TimeSpan? duration) =>
        GameSetupRules.TurnDurationError(duration) is { } error ? new CommandResult([error]) : null;

    private async Task<CommandResult> ChangeAsync(Action change)
    {
        change();
        await state.WriteStateAsync();
        await SyncCountdownAsync();
        await NotifyAsync();
        return CommandResult.Accepted;
    }

    private async Task ApplyResolutionAsync(PendingResolution pending, TurnOutcome outcome)
    {
        // The ranking follows from the outcome and the previous turn's ranking alone: fixed once the pending entries are stored.
        var scored = StandingsTable.Scored(outcome, Game.Firms, MarketAt(pending.Turn).Scoring);
        var ranked = StandingsTable.Ranked(scored, pending.Turn >= 2 ? Game.StandingsByTurn[pending.Turn - 2] : [], Game.CatchUp);
        storing = true;
        try
        {
            await Task.WhenAll(StoreResolutionAsync(pending, outcome, ranked), AnnounceAsync(pending, outcome, ranked));
        }
        finally
        {
            storing = false;
        }
        logger.ResolutionStepReached(pending.Turn, GameId, ResolutionStep.PartsStored);
        Game.Pending = null;
        await state.WriteStateAsync();
        logger.ResolutionStepReached(pending.Turn, GameId, ResolutionStep.TurnClosed);
        await SyncCountdownAsync();
    }

    /// <summary>
    /// Firms, parts and standings store the turn at once (their writes reach storage together: a group commit instead of
    /// one flush each); if one fails, all are asked again after each pause of <see cref="ResolutionRetryOptions"/> (each
    /// keeps one entry per turn), then the failure is thrown.
    /// </summary>
    private async Task StoreResolutionAsync(PendingResolution pending, TurnOutcome outcome, List<StandingRow> ranked)
    {
        for (var attempt = 0; ; attempt++)
        {
            try
            {
                await Task.WhenAll(
                    Task.WhenAll(Game.Firms.Select(seat =>
                        Firm(seat.FirmId).ApplyResult(pending.Turn, pending.Entries[seat.FirmId], outcome.Firms[seat.FirmId]))),
                    ResolutionParts.DistributeAsync(GrainFactory, GameId, MarketAt(pending.Turn), pending, outcome),
                    GrainFactory.GetGrain<IStandingsGrain>(GameId).Record(pending.Turn, ranked));
                return;
            }
            catch (Exception failure) when (attempt < retry.Delays.Count)
            {
                logger.ResolutionStoreRetried(pending.Turn, GameId, attempt + 1, retry.Delays[attempt], failure);
                await Task.Delay(retry.Delays[attempt]);
            }
        }
    }

    /// <summary>
    /// Opens the next turn in memory and tells the class while the firms, parts and standings store theirs: the
    /// outcome and the ranking are fixed from the stored pending entries on (a crash, or a part that fails, applies the
    /// same again), and each of those grains answers a read only after its write in progress (a grain takes one call
    /// at a time), so a browser reloading its results after the push gets the new ones.
    /// </summary>
    private async Task AnnounceAsync(PendingResolution pending, TurnOutcome outcome, List<StandingRow> ranked)
    {
        // Once per turn: a resolution finished again after a part failed has already opened the next turn here.
        if (Game.StandingsByTurn.Count < pending.Turn)
        {
            Game.StandingsByTurn.Add(ranked);
            Game.News.Add(outcome.News);
        }
        Game.CurrentTurn = pending.Turn + 1;
        Game.Status = Game.CurrentTurn > TurnCount ? GameStatus.Finished : GameStatus.TurnOpen;
        OpenCountdown();
        draftEditors.Clear();
        playedTurns.SetTarget([]);
        await NotifyAsync();
        logger.ResolutionStepReached(pending.Turn, GameId, ResolutionStep.Announced);
    }

    private async Task ApplyRollBackAsync(int turn)
    {
        foreach (var seat in Game.Firms) await Firm(seat.FirmId).RollBack(turn);
        await ResolutionParts.WithdrawAsync(GrainFactory, GameId, MarketAt(turn), Game.Firms.Select(seat => seat.FirmId), turn);
        await GrainFactory.GetGrain<IStandingsGrain>(GameId).RollBack(turn);
        if (Game.StandingsByTurn.Count == turn)
        {
            Game.StandingsByTurn.RemoveAt(turn - 1);
            Game.News.RemoveAt(turn - 1);
        }
        var stillSubmitted = new SubmittedTeams { Turn = turn };
        foreach (var seat in Game.Firms)
            if ((await Firm(seat.FirmId).GetDecisions())?.Submitted == true) stillSubmitted.Firms.Add(seat.FirmId);
        submitted.State = stillSubmitted;
        Game.CurrentTurn = turn;
        Game.Status = GameStatus.TurnOpen;
        OpenCountdown();
        Game.PendingRollBack = null;
        draftEditors.Clear();
        playedTurns.SetTarget([]);
        // The row first: until the state is stored without PendingRollBack, a failure is finished by the next activation.
        await submitted.WriteStateAsync();
        await state.WriteStateAsync();
        await SyncCountdownAsync();
        await NotifyAsync();
    }

    /// <summary>The teams' seats in order, then the bots' (a strategy played twice gets a number: « Robot Discounteur 2 »).</summary>
    private static List<FirmSeat> SeatsOf(GameSetup setup)
    {
        var seats = setup.TeamNames.Select(name => (Name: name.Trim(), Bot: (BotSeat?)null)).ToList();
        foreach (var bot in setup.Bots ?? [])
        {
            var same = seats.Count(seat => seat.Bot?.Strategy == bot.Strategy);
            seats.Add((same == 0 ? bot.DisplayName : $"{bot.DisplayName} {same + 1}", bot));
        }
        return seats.Select((seat, index) => new FirmSeat($"f{index + 1}", seat.Name, seat.Bot)).ToList();
    }

    /// <summary>
    /// Each bot decides the turn from its own state and the public news, and submits like a team: checked by the
    /// same decision rules and recorded with the bot as author. Deterministic, so a retry submits the same.
    /// </summary>
    private async Task SubmitBotDecisionsAsync(int turn)
    {
        var market = MarketAt(turn);
        var botsSubmitted = new List<string>();
        foreach (var seat in Game.Firms.Where(seat => seat.Bot is not null))
        {
            var entry = await Firm(seat.FirmId).GetTurnEntry(turn);
            var decisions = BotPlayer.Decide(seat.Bot!.Strategy, seat.Bot.Difficulty,
                new BotSituation(market, turn, entry.State, entry.Decisions, Game.News.LastOrDefault(), Game.Seed));
            var errors = DecisionRules.Validate(market, decisions, entry.State);
            if (errors.Count > 0)
            {
                logger.LogError("Bot {FirmId} of game {GameId} produced invalid decisions for turn {Turn}; it keeps its previous ones: {Errors}",
                    seat.FirmId, GameId, turn, string.Join(" | ", errors.Select(error => error.Message)));
                continue;
            }
            await Firm(seat.FirmId).RecordSubmission(turn, decisions, seat.Bot.Author, time.GetUtcNow());
            botsSubmitted.Add(seat.FirmId);
        }
        if (botsSubmitted.Count > 0) await RecordSubmittedAsync(firms => firms.UnionWith(botsSubmitted));
    }

    private static MarketScenario SizedForTeams(MarketScenario scenario, int teamCount)
    {
        if (teamCount == ReferenceFirmCount) return scenario;
        var sized = ParameterChanges.Apply(scenario, [ParameterChange.Multiply("segments[*].potential[*]", (double)teamCount / ReferenceFirmCount)], "partie");
        return sized.Value ?? scenario;
    }

    private async Task<CommandResult> RecordRevisionAsync(Func<ScenarioHistory, ScenarioResult<ScenarioHistory>> record, string description, IReadOnlyList<ParameterChange> changes, Action? alsoRecord = null)
    {
        if (Game.Pending is not null || Game.PendingRollBack is not null)
            return CommandResult.Reject("status", InterruptedMessage);
        if (Game.History is null || Game.Status is GameStatus.None or GameStatus.Finished)
            return CommandResult.Reject("status", "Le marché ne peut plus être modifié : la partie est terminée ou n'existe pas.");
        var result = record(Game.History);
        if (result.Value is not { } history)
            return Rejection(result.Errors);
        Game.History = history;
        Game.Audit.Add(new AuditEntry(time.GetUtcNow(), LastResolvedTurn + 1, description, changes.Select(change => change.ToString()).ToList()));
        alsoRecord?.Invoke();
        await state.WriteStateAsync();
        await NotifyAsync();
        return CommandResult.Accepted;
    }

    /// <summary>The scenario rules' refusal of a market change, one French message per path (« changes » when none).</summary>
    private static CommandResult Rejection(IEnumerable<ScenarioError> errors) =>
        new(errors.Select(error => new FieldError(error.Path.Length == 0 ? "changes" : error.Path, error.Message)).ToList());

    /// <summary>A turn (re)opens with the game's countdown duration, or without countdown in manual mode.</summary>
    private void OpenCountdown()
    {
        if (Game.Status == GameStatus.TurnOpen && Game.TurnDuration is { } duration) Game.Clock.Start(time.GetUtcNow(), duration);
        else Game.Clock.Stop();
    }

    /// <summary>Keeps the timer and the registry of running countdowns in line with the clock.</summary>
    private async Task SyncCountdownAsync()
    {
        var registry = GrainFactory.GetGrain<IDeadlineRegistryGrain>(0);
        if (Game.Clock.IsRunning && Game.Status == GameStatus.TurnOpen)
        {
            ArmCountdown();
            await registry.Add(GameId);
        }
        else
        {
            countdown?.Dispose();
            countdown = null;
            await registry.Remove(GameId);
        }
    }

    private void ArmCountdown()
    {
        if (countdown is not null || !Game.Clock.IsRunning || Game.Status != GameStatus.TurnOpen) return;
        countdown = this.RegisterGrainTimer(OnCountdownTickAsync, new GrainTimerCreationOptions(CountdownTick, CountdownTick) { KeepAlive = true });
    }

    private async Task OnCountdownTickAsync(CancellationToken cancellationToken)
    {
        if (Game.Status == GameStatus.TurnOpen && Game.Clock.HasExpired(time.GetUtcNow())) await CloseAndResolveTurn();
    }

    /// <summary>Tells the observers, and the tournament when the game is one of its markets, that the public view changed.</summary>
    private async Task NotifyAsync()
    {
        var summary = Summary();
        if (Tournaments.TournamentMarkets.TournamentOf(GameId) is { } tournamentId)
            await GrainFactory.GetGrain<Tournaments.ITournamentGrain>(tournamentId).MarketChanged(summary);
        await observers.Notify(observer => observer.OnGameChanged(summary));
    }

    /// <summary>
    /// Tells the observers that only the teams' line changed, with that line alone (<see cref="TeamsChange"/>: the whole
    /// view, standings included, went to every browser of the class at each submission before). A tournament's market
    /// still tells its tournament the whole view.
    /// </summary>
    private Task NotifyTeamsAsync()
    {
        if (Tournaments.TournamentMarkets.TournamentOf(GameId) is not null) return NotifyAsync();
        var change = new TeamsChange(GameId, Game.CurrentTurn, Teams());
        return observers.Notify(observer => observer.OnTeamsChanged(change));
    }

    private List<TeamStatus> Teams() =>
        Game.Firms.Select(firm => new TeamStatus(firm.FirmId, firm.Name, SubmittedFirms.Contains(firm.FirmId),
            Game.Members.TryGetValue(firm.FirmId, out var members) ? members.ToList() : [],
            connections.Values.Where(connection => connection.FirmId == firm.FirmId).Select(connection => connection.Name).Distinct().Order(StringComparer.Ordinal).ToList(),
            draftEditors.GetValueOrDefault(firm.FirmId))).ToList();

    private GameSummary Summary() => new(
        GameId, Game.Title, Game.ScenarioTitle, Game.Status, Game.CurrentTurn, TurnCount,
        Teams(),
        Game.StandingsByTurn.LastOrDefault() ?? [],
        Game.StandingsByTurn.Count,
        Game.Clock.Deadline,
        Game.Clock.RemainingWhenPaused,
        Game.TurnDuration,
        Game.History is null ? null : ScoreFormula.Of(MarketAt(Game.CurrentTurn).Scoring, Game.CatchUp),
        Enumerable.Reverse(Game.Announcements).Take(NewsShown).ToList(),
        storing ? null : Game.Pending?.Turn);
}
