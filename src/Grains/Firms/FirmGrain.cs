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
        Firm.Decisions = setup.InitialDecisions;
        await state.WriteStateAsync();
    }

    /// <inheritdoc />
    public Task<FirmDecisionsView?> GetDecisions()
    {
        if (Firm.Decisions is null) return Task.FromResult<FirmDecisionsView?>(null);
        var last = Firm.Submitted ? Firm.History[^1] : null;
        return Task.FromResult<FirmDecisionsView?>(new FirmDecisionsView(Firm.OpenTurn, Firm.Decisions, Firm.Submitted, last?.Author, last?.At));
    }

    /// <inheritdoc />
    public async Task RecordSubmission(int turn, FirmDecisions decisions, string author, DateTimeOffset at)
    {
        if (turn != Firm.OpenTurn) throw new InvalidOperationException($"Turn {turn} is not open for firm {Firm.FirmId} (open: {Firm.OpenTurn}).");
        Firm.Decisions = decisions;
        Firm.Submitted = true;
        Firm.History.Add(new DecisionRecord(turn, author, at, decisions));
        await state.WriteStateAsync();
    }

    /// <inheritdoc />
    public Task<FirmTurnEntry> GetTurnEntry(int turn)
    {
        if (turn != Firm.OpenTurn) throw new InvalidOperationException($"Turn {turn} is not open for firm {Firm.FirmId} (open: {Firm.OpenTurn}).");
        return Task.FromResult(new FirmTurnEntry(Firm.State ?? throw NotInitialized(), RequireDecisions(), Firm.Submitted));
    }

    /// <inheritdoc />
    public async Task ApplyResult(int turn, FirmTurnResult result)
    {
        if (turn < Firm.OpenTurn) return;
        if (turn != Firm.OpenTurn) throw new InvalidOperationException($"Turn {turn} cannot be applied to firm {Firm.FirmId} (open: {Firm.OpenTurn}).");
        Firm.Results.Add(result);
        Firm.State = result.NextState;
        Firm.OpenTurn = turn + 1;
        Firm.Submitted = false;
        await state.WriteStateAsync();
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<FirmTurnResult>> GetResults() => Task.FromResult<IReadOnlyList<FirmTurnResult>>(Firm.Results);

    private FirmDecisions RequireDecisions() => Firm.Decisions ?? throw NotInitialized();

    private InvalidOperationException NotInitialized() =>
        new($"Firm {this.GetPrimaryKeyString()} has not been initialized by its game.");
}
