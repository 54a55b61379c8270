using NrcGame.Grains.Games;

namespace NrcGame.Grains.Standings;

/// <summary>Keeps one game's rankings; see <see cref="IStandingsGrain"/>.</summary>
public sealed class StandingsGrain(
    [PersistentState("standings", GrainStorageNames.GameState)] IPersistentState<StandingsGrainState> state) : Grain, IStandingsGrain
{
    /// <inheritdoc />
    public async Task Record(int turn, IReadOnlyList<StandingRow> ranked)
    {
        var turns = state.State.Turns;
        if (turn < 1 || turn > turns.Count + 1) throw new ArgumentOutOfRangeException(nameof(turn), turn, $"Standings hold {turns.Count} turns.");
        if (turn <= turns.Count) turns.RemoveRange(turn - 1, turns.Count - turn + 1);
        turns.Add(ranked.ToList());
        await state.WriteStateAsync();
    }

    /// <inheritdoc />
    public async Task RollBack(int turn)
    {
        var turns = state.State.Turns;
        if (turn < 1 || turn > turns.Count) return;
        turns.RemoveRange(turn - 1, turns.Count - turn + 1);
        await state.WriteStateAsync();
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<IReadOnlyList<StandingRow>>> GetHistory() =>
        Task.FromResult<IReadOnlyList<IReadOnlyList<StandingRow>>>(state.State.Turns.Select(turn => (IReadOnlyList<StandingRow>)turn).ToList());

    /// <inheritdoc />
    public async Task Erase()
    {
        await state.ClearIfStoredAsync();
        DeactivateOnIdle();
    }
}
