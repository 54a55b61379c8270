namespace NrcGame.Grains.Games;

/// <summary>Persisted state of a <see cref="TurnHistoryGrain{TTurn}"/>: one entry per resolved turn, oldest first.</summary>
[GenerateSerializer]
public sealed class TurnHistoryState<TTurn> where TTurn : ITurnKeyed
{
    /// <summary>One entry per resolved turn, oldest first.</summary>
    [Id(0)] public List<TTurn> Turns { get; set; } = [];
}

/// <summary>
/// Base of the grains that receive their part of each resolution (sales teams, distributors, market segments, each
/// firm's results): they keep one entry per turn, so that a retried resolution overwrites its turn and a roll-back
/// removes it. Their history grows with every turn but is written once per turn and read only on demand, so they
/// are cold: an activation leaves memory as soon as it is idle after a write, and after <see cref="IdleMinutes"/>
/// without a call otherwise (each concrete grain carries <c>[CollectionAgeLimit(Minutes = IdleMinutes)]</c>).
/// </summary>
public abstract class TurnHistoryGrain<TTurn>(IPersistentState<TurnHistoryState<TTurn>> state) : Grain where TTurn : ITurnKeyed
{
    /// <summary>Minutes without a call after which an activation is collected (the default is 15).</summary>
    public const double IdleMinutes = 2;

    /// <summary>The stored turns, oldest first.</summary>
    protected List<TTurn> Turns => state.State.Turns;

    /// <summary>Stores <paramref name="turn"/> as the only entry of its turn.</summary>
    protected async Task StoreAsync(TTurn turn)
    {
        Turns.Upsert(turn);
        await state.WriteStateAsync();
        DeactivateOnIdle();
    }

    /// <summary>The entry of <paramref name="turn"/>, or the default when that turn is not stored.</summary>
    protected TTurn? Find(int turn) => Turns.FirstOrDefault(entry => entry.Turn == turn);

    /// <summary>Forgets <paramref name="turn"/> and every later turn. Idempotent.</summary>
    public async Task ForgetFrom(int turn)
    {
        if (Turns.RemoveFrom(turn)) await state.WriteStateAsync();
        DeactivateOnIdle();
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
