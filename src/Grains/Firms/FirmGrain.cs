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

    /// <inheritdoc />
    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        // A firm stored with its results in its own state (before they had a grain of their own) moves them there once.
        if (Firm.Turns.Count == 0) return;
        foreach (var record in Firm.Turns) await Results.RecordTurn(record);
        Firm.LastResolved = new ResolvedTurnEntry(Firm.Turns[^1].Turn, Firm.Turns[^1].Entry);
        Firm.Turns.Clear();
        await state.WriteStateAsync();
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
        var last = Firm.Submitted is null ? null : Firm.History.LastOrDefault(record => record.Turn == Firm.OpenTurn && record.Action == DecisionAction.Submitted);
        return Task.FromResult<FirmDecisionsView?>(
            new FirmDecisionsView(Firm.OpenTurn, Firm.Submitted ?? carriedOver, Firm.Submitted is not null, last?.Author, last?.At));
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
    public Task<IReadOnlyList<DecisionRecord>> GetHistory() => Task.FromResult<IReadOnlyList<DecisionRecord>>(Firm.History);

    /// <inheritdoc />
    public async Task RecordSubmission(int turn, FirmDecisions decisions, string author, DateTimeOffset at)
    {
        RequireOpen(turn);
        Firm.Submitted = decisions;
        Firm.Draft = decisions;
        Firm.History.Add(new DecisionRecord(turn, author, at, decisions, DecisionAction.Submitted));
        await state.WriteStateAsync();
    }

    /// <inheritdoc />
    public async Task RecordWithdrawal(int turn, string author, DateTimeOffset at)
    {
        RequireOpen(turn);
        if (Firm.Submitted is not { } withdrawn) return;
        Firm.Submitted = null;
        Firm.History.Add(new DecisionRecord(turn, author, at, withdrawn, DecisionAction.Withdrawn));
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
        Firm.LastResolved = earlier.Count == 0 ? null : new ResolvedTurnEntry(earlier[^1].Turn, earlier[^1].Entry);
        Firm.State = undone.Entry.State;
        Firm.Submitted = undone.Entry.Submitted ? undone.Entry.Decisions : null;
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
        await Results.Erase();
        await state.ClearIfStoredAsync();
        DeactivateOnIdle();
    }
}
