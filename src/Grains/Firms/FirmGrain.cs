using NrcGame.Market;

namespace NrcGame.Grains.Firms;

/// <summary>Keeps one firm's state, decisions and results durable; see <see cref="IFirmGrain"/>.</summary>
public sealed class FirmGrain(
    [PersistentState("firm", GrainStorageNames.GameState)] IPersistentState<FirmGrainState> state)
    : Grain, IFirmGrain
{
    private FirmGrainState Firm => state.State;

    /// <inheritdoc />
    public async Task Initialize(FirmSeatSetup setup)
    {
        if (Firm.State is not null) return;
        Firm.GameId = setup.GameId;
        Firm.FirmId = setup.FirmId;
        Firm.Name = setup.Name;
        Firm.State = setup.InitialState;
        Firm.InitialDecisions = setup.InitialDecisions;
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
    public Task<IReadOnlyList<DecisionRecord>> GetHistory() => Task.FromResult<IReadOnlyList<DecisionRecord>>(Firm.History);

    /// <inheritdoc />
    public async Task RecordSubmission(int turn, FirmDecisions decisions, string author, DateTimeOffset at)
    {
        RequireOpen(turn);
        Firm.Submitted = decisions;
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
        if (turn < Firm.OpenTurn) return;
        RequireOpen(turn);
        Firm.Turns.Add(new FirmTurnRecord(turn, entry, result));
        Firm.State = result.NextState;
        Firm.OpenTurn = turn + 1;
        Firm.Submitted = null;
        await state.WriteStateAsync();
    }

    /// <inheritdoc />
    public async Task RollBack(int turn)
    {
        if (Firm.Turns.Count == 0 || Firm.Turns[^1].Turn != turn) return;
        var undone = Firm.Turns[^1];
        Firm.Turns.RemoveAt(Firm.Turns.Count - 1);
        Firm.State = undone.Entry.State;
        Firm.Submitted = undone.Entry.Submitted ? undone.Entry.Decisions : null;
        Firm.OpenTurn = turn;
        await state.WriteStateAsync();
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<FirmTurnResult>> GetResults() =>
        Task.FromResult<IReadOnlyList<FirmTurnResult>>(Firm.Turns.Select(record => record.Result).ToList());

    private void RequireOpen(int turn)
    {
        if (turn != Firm.OpenTurn)
            throw new InvalidOperationException($"Turn {turn} is not open for firm {this.GetPrimaryKeyString()} (open: {Firm.OpenTurn}).");
    }

    private InvalidOperationException NotInitialized() =>
        new($"Firm {this.GetPrimaryKeyString()} has not been initialized by its game.");
}
