using NrcGame.Grains.Games;
using NrcGame.Market;

namespace NrcGame.Grains.Firms;

/// <summary>Keeps one firm's state, decisions and results durable; see <see cref="IFirmGrain"/>.</summary>
public sealed class FirmGrain(
    [PersistentState("firm", GrainStorageNames.GameState)] IPersistentState<FirmGrainState> state)
    : Grain, IFirmGrain
{
    private FirmGrainState Firm => state.State;

    private IFirmResultsGrain Results => GrainFactory.GetGrain<IFirmResultsGrain>(this.GetPrimaryKeyString());

    private IFirmDecisionLogGrain DecisionLog => GrainFactory.GetGrain<IFirmDecisionLogGrain>(this.GetPrimaryKeyString());

    /// <inheritdoc />
    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        // What a firm stored in its own state before it had a grain of its own moves there once: there first, then the state without it.
        var movedResults = await MoveFormerResultsAsync();
        var movedLog = await MoveFormerHistoryAsync();
        if (movedResults || movedLog) await state.WriteStateAsync();
    }

    /// <summary>Moves the results of a firm stored before <see cref="IFirmResultsGrain"/> existed (<see cref="FirmGrainState.Turns"/>) there; whether there were any.</summary>
    private async Task<bool> MoveFormerResultsAsync()
    {
        if (Firm.Turns.Count == 0) return false;
        foreach (var record in Firm.Turns) await Results.RecordTurn(record);
        Firm.LastResolved = new ResolvedTurnEntry(Firm.Turns[^1].Turn, Firm.Turns[^1].Entry);
        Firm.Turns.Clear();
        return true;
    }

    /// <summary>Moves the log of a firm stored before <see cref="IFirmDecisionLogGrain"/> existed (<see cref="FirmGrainState.FormerHistory"/>) there; whether it was stored so.</summary>
    private async Task<bool> MoveFormerHistoryAsync()
    {
        if (Firm.FormerHistory is not { } former) return false;
        if (former.Count > 0) await DecisionLog.Replace(former);
        Firm.SubmittedBy = Firm.Submitted is null ? null : SubmissionStamp.LastOf(former, Firm.OpenTurn);
        Firm.FormerHistory = null;
        return true;
    }

    /// <inheritdoc />
    public async Task Initialize(FirmSeatSetup setup)
    {
        if (Firm.State is not null) return;
        Firm.GameId = setup.GameId;
        Firm.FirmId = setup.FirmId;
        Firm.Name = setup.Name;
        Firm.State = setup.InitialState;
        Firm.InitialDecisions = setup.InitialDecisions;
        ResetDraft(setup.InitialDecisions);
        await state.WriteStateAsync();
    }

    /// <inheritdoc />
    public Task<FirmDecisionsView?> GetDecisions()
    {
        if (Firm.CarriedOver is not { } carriedOver) return Task.FromResult<FirmDecisionsView?>(null);
        return Task.FromResult<FirmDecisionsView?>(new FirmDecisionsView(
            Firm.OpenTurn, Firm.Submitted ?? carriedOver, Firm.Submitted is not null, Firm.SubmittedBy?.Author, Firm.SubmittedBy?.At));
    }

    /// <inheritdoc />
    public Task<DraftView?> GetDraft() =>
        Task.FromResult(Firm.Draft is { } draft ? new DraftView(Firm.OpenTurn, draft, Firm.DraftVersion, Firm.DraftFields) : null);

    /// <inheritdoc />
    public async Task<DraftEditResult> EditDraft(int turn, string path, string valueJson, string author, DateTimeOffset at)
    {
        if (Firm.Draft is not { } draft) return new DraftEditResult(null, "Entreprise introuvable dans cette partie.");
        if (turn != Firm.OpenTurn)
            return new DraftEditResult(null, $"Le trimestre {turn} n'est plus celui en préparation (trimestre {Firm.OpenTurn}). Rechargez la page.");
        var (edited, error) = DraftEditing.Apply(draft, path, valueJson);
        if (edited is null) return new DraftEditResult(null, error);

        Firm.Draft = edited;
        Firm.DraftVersion++;
        Firm.DraftFields[path] = new FieldStamp(Firm.DraftVersion, author, at);
        await state.WriteStateAsync();
        var change = new DraftChange(turn, path, valueJson, Firm.DraftVersion, author, at);
        await GrainFactory.GetGrain<Games.IGameGrain>(Firm.GameId).RelayDraftChange(Firm.FirmId, change);
        return new DraftEditResult(change, null);
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<DecisionRecord>> GetHistory() => DecisionLog.GetRecords();

    /// <inheritdoc />
    public async Task RecordSubmission(int turn, FirmDecisions decisions, string author, DateTimeOffset at)
    {
        RequireOpen(turn);
        await RecordAsync(new DecisionRecord(turn, author, at, decisions, DecisionAction.Submitted), () =>
        {
            Firm.Submitted = decisions;
            Firm.SubmittedBy = new SubmissionStamp(author, at);
            Firm.Draft = decisions;
        });
    }

    /// <inheritdoc />
    public async Task RecordWithdrawal(int turn, string author, DateTimeOffset at)
    {
        RequireOpen(turn);
        if (Firm.Submitted is not { } withdrawn) return;
        await RecordAsync(new DecisionRecord(turn, author, at, withdrawn, DecisionAction.Withdrawn), () =>
        {
            Firm.Submitted = null;
            Firm.SubmittedBy = null;
        });
    }

    /// <summary>
    /// Appends <paramref name="record"/> to the log, then applies <paramref name="change"/> and stores the state: one after
    /// the other, so that a failure leaves at worst a logged attempt that is not in force (the student tries again), never
    /// decisions in force — in memory or stored — that the log and the game's board do not show.
    /// </summary>
    private async Task RecordAsync(DecisionRecord record, Action change)
    {
        await DecisionLog.Append(record);
        change();
        await state.WriteStateAsync();
    }

    /// <inheritdoc />
    public Task<FirmTurnEntry> GetTurnEntry(int turn)
    {
        RequireOpen(turn);
        var decisions = Firm.Submitted ?? Firm.CarriedOver ?? throw NotInitialized();
        return Task.FromResult(new FirmTurnEntry(Firm.State ?? throw NotInitialized(), decisions, Firm.Submitted is not null));
    }

    /// <inheritdoc />
    public async Task ApplyResult(int turn, FirmTurnEntry entry, FirmTurnResult result)
    {
        var record = new FirmTurnRecord(turn, entry, result);
        if (turn < Firm.OpenTurn)
        {
            // Already applied here; its result may not have reached the results grain (both are written at once): store it again.
            if (Firm.LastResolved?.Turn == turn) await Results.RecordTurn(record);
            return;
        }
        RequireOpen(turn);
        Firm.LastResolved = new ResolvedTurnEntry(turn, entry);
        Firm.State = result.NextState;
        Firm.OpenTurn = turn + 1;
        Firm.Submitted = null;
        Firm.SubmittedBy = null;
        ResetDraft(Firm.CarriedOver!);
        // Together, so that they share one commit; the game retries the whole call until both are stored.
        await Task.WhenAll(Results.RecordTurn(record), state.WriteStateAsync());
    }

    /// <inheritdoc />
    public async Task RollBack(int turn)
    {
        if (Firm.LastResolved is not { } undone || undone.Turn != turn) return;
        await Results.ForgetFrom(turn);
        var earlier = await Results.GetTurns();
        // The log is not rolled back: the turn's last submission in it is the one that was resolved.
        var submittedBy = undone.Entry.Submitted ? SubmissionStamp.LastOf(await DecisionLog.GetRecords(), turn) : null;
        Firm.LastResolved = earlier.Count == 0 ? null : new ResolvedTurnEntry(earlier[^1].Turn, earlier[^1].Entry);
        Firm.State = undone.Entry.State;
        Firm.Submitted = undone.Entry.Submitted ? undone.Entry.Decisions : null;
        Firm.SubmittedBy = submittedBy;
        Firm.OpenTurn = turn;
        ResetDraft(undone.Entry.Decisions);
        await state.WriteStateAsync();
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<FirmTurnRecord>> GetTurnRecords() => Results.GetTurns();

    /// <inheritdoc />
    public async Task<IReadOnlyList<FirmTurnResult>> GetResults() => (await Results.GetTurns()).Select(record => record.Result).ToList();

    /// <inheritdoc />
    public async Task<CommandResult> WriteNote(TurnNoteRecord note, bool gameFinished)
    {
        var text = note.Text.Trim();
        var resolvedTurns = Firm.LastResolved?.Turn ?? 0;
        var result = TurnNoteRules.Check(note.Kind, note.Turn, text, resolvedTurns, gameFinished ? resolvedTurns : Firm.OpenTurn);
        if (!result.IsAccepted) return result;
        Firm.Notes.Add(note with { Text = text });
        await state.WriteStateAsync();
        return result;
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<TurnNoteRecord>> GetNotes() => Task.FromResult<IReadOnlyList<TurnNoteRecord>>(Firm.Notes);

    private void ResetDraft(FirmDecisions decisions)
    {
        Firm.Draft = decisions;
        Firm.DraftVersion = 0;
        Firm.DraftFields.Clear();
    }

    private void RequireOpen(int turn)
    {
        if (turn != Firm.OpenTurn)
            throw new InvalidOperationException($"Turn {turn} is not open for firm {this.GetPrimaryKeyString()} (open: {Firm.OpenTurn}).");
    }

    private InvalidOperationException NotInitialized() =>
        new($"Firm {this.GetPrimaryKeyString()} has not been initialized by its game.");

    /// <inheritdoc />
    public async Task Erase()
    {
        await Task.WhenAll(Results.Erase(), DecisionLog.Erase());
        await state.ClearIfStoredAsync();
        DeactivateOnIdle();
    }
}
