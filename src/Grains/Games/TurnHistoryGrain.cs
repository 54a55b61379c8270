namespace NrcGame.Grains.Games;

/// <summary>Persisted state of a <see cref="TurnHistoryGrain{TTurn}"/>: one entry per resolved turn, oldest first.</summary>
[GenerateSerializer]
public sealed class TurnHistoryState<TTurn> where TTurn : ITurnKeyed
{
    /// <summary>One entry per resolved turn, oldest first.</summary>
    [Id(0)] public List<TTurn> Turns { get; set; } = [];
}

/// <summary>
/// Base of the grains that receive their part of each resolution from the game (sales teams,
/// distributors, market segments): they keep one entry per turn, so that a retried resolution
/// overwrites its turn and a roll-back removes it.
/// </summary>
public abstract class TurnHistoryGrain<TTurn>(IPersistentState<TurnHistoryState<TTurn>> state) : Grain where TTurn : ITurnKeyed
{
    /// <summary>The stored turns, oldest first.</summary>
    protected List<TTurn> Turns => state.State.Turns;

    /// <summary>Stores <paramref name="turn"/> as the only entry of its turn.</summary>
    protected async Task StoreAsync(TTurn turn)
    {
        Turns.Upsert(turn);
        await state.WriteStateAsync();
    }

    /// <summary>The entry of <paramref name="turn"/>, or the default when that turn is not stored.</summary>
    protected TTurn? Find(int turn) => Turns.FirstOrDefault(entry => entry.Turn == turn);

    /// <summary>Forgets <paramref name="turn"/> and every later turn. Idempotent.</summary>
    public async Task ForgetFrom(int turn)
    {
        if (Turns.RemoveFrom(turn)) await state.WriteStateAsync();
    }

    /// <summary>Every stored turn, oldest first.</summary>
    public Task<IReadOnlyList<TTurn>> GetTurns() => Task.FromResult<IReadOnlyList<TTurn>>(Turns);

    /// <summary>Removes the stored turns and deactivates the grain (the game is deleted).</summary>
    public async Task Erase()
    {
        await state.ClearIfStoredAsync();
        DeactivateOnIdle();
    }
}
