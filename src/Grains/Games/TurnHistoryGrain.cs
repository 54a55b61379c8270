using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Orleans.Storage;

namespace NrcGame.Grains.Games;

/// <summary>
/// Base of the grains that receive their part of each resolution (sales teams, distributors, market segments, each
/// firm's results): they keep one entry per turn, so that a retried resolution overwrites its turn and a roll-back
/// removes it. A firm's decision log keeps its pages the same way, keyed by page number (<see cref="Firms.DecisionLogPage"/>).
/// </summary>
/// <remarks>
/// <para>
/// Each turn is a storage row of its own (state name <c>turn-{n}</c> in <see cref="GrainStorageNames.GameState"/>,
/// written through the storage directly); the grain's persistent state is only the index of the stored turns
/// (<see cref="TurnHistoryIndex{TTurn}"/>). Recording a new turn writes its row and the index at once (one storage
/// wait, usually one commit), recording a turn again its row only; so a resolution serializes that one turn however
/// long the game, and an activation reads the few bytes of the index.
/// Entries are read when asked for (the whole history: every row at once) and kept until the next change, so that
/// the students of a team who all reload the results after a resolution cost one read of the rows; an activation
/// that only receives turns holds its index alone, and one left without a call for <see cref="IdleMinutes"/> is
/// collected (each concrete grain carries <c>[CollectionAgeLimit(Minutes = IdleMinutes)]</c>).
/// </para>
/// <para>
/// A crash (or a failed write) between a row and the index leaves the two apart, harmlessly: a named row that is not
/// there reads as absent, and a row not named is never read and can only be the turn after the last one named. Either
/// way the game's resolution is unfinished and records that turn again, and <see cref="Erase"/> clears that row too.
/// Rows are cleared before the index forgets them. A row's ETag is known once this activation has written or read
/// it; an operation on a row that storage refuses for its ETag (unknown, or left by a crash) reads the row's current
/// ETag and runs once more.
/// </para>
/// <para>
/// A history stored in the former shape (every turn inside the grain's one state, under <c>turns</c>) moves to rows of
/// their own when the grain activates: every row first, then the index without the list.
/// </para>
/// </remarks>
public abstract class TurnHistoryGrain<TTurn>(IPersistentState<TurnHistoryIndex<TTurn>> index) : Grain where TTurn : class, ITurnKeyed
{
    /// <summary>Minutes without a call after which an activation is collected (the default is 15).</summary>
    public const double IdleMinutes = 2;

    private readonly Dictionary<int, TTurn> readEntries = [];
    private readonly Dictionary<int, string> rowETags = [];
    private IGrainStorage? storage;

    private TurnHistoryIndex<TTurn> Index => index.State;

    private IGrainStorage Storage => storage ??= ServiceProvider.GetRequiredKeyedService<IGrainStorage>(GrainStorageNames.GameState);

    /// <summary>The last stored turn; null when none is.</summary>
    protected int? LastTurn => Index.StoredTurns.Count == 0 ? null : Index.StoredTurns.Max;

    /// <inheritdoc />
    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        // A history stored as one list (the former shape) moves to a row per turn once: the rows, then the index without the list.
        if (Index.FormerTurns is not { } former) return;
        await Task.WhenAll(former.Select(WriteRowAsync));
        Index.StoredTurns.UnionWith(former.Select(entry => entry.Turn));
        Index.FormerTurns = null;
        await index.WriteStateAsync();
    }

    /// <summary>Stores <paramref name="entry"/> as the only entry of its turn: its row, and the index when the turn is new.</summary>
    protected async Task StoreAsync(TTurn entry)
    {
        readEntries.Clear();
        var row = WriteRowAsync(entry);
        if (!Index.StoredTurns.Add(entry.Turn))
        {
            await row;
            return;
        }

        try
        {
            await Task.WhenAll(row, index.WriteStateAsync());
        }
        catch
        {
            // Not known as stored until both are: a retry writes the index again.
            Index.StoredTurns.Remove(entry.Turn);
            throw;
        }
    }

    /// <summary>The entry of <paramref name="turn"/>, or null when that turn is not stored.</summary>
    protected async Task<TTurn?> FindAsync(int turn)
    {
        if (!Index.StoredTurns.Contains(turn)) return null;
        if (readEntries.TryGetValue(turn, out var known)) return known;
        var entry = (await ReadRowAsync(turn)).State?.Entry;
        if (entry is not null) readEntries[turn] = entry;
        return entry;
    }

    /// <summary>Forgets <paramref name="turn"/> and every later turn: their rows, then the index. Idempotent.</summary>
    public async Task ForgetFrom(int turn)
    {
        var forgotten = Index.StoredTurns.Where(stored => stored >= turn).ToList();
        if (forgotten.Count == 0) return;
        await Task.WhenAll(forgotten.Select(ClearRowAsync));
        readEntries.Clear();
        Index.StoredTurns.ExceptWith(forgotten);
        try
        {
            await index.WriteStateAsync();
        }
        catch
        {
            // Still named until the index is written (their rows read as absent): a retry forgets them again.
            Index.StoredTurns.UnionWith(forgotten);
            throw;
        }
    }

    /// <summary>Every stored turn, oldest first.</summary>
    public async Task<IReadOnlyList<TTurn>> GetTurns() =>
        (await Task.WhenAll(Index.StoredTurns.Select(FindAsync))).OfType<TTurn>().ToList();

    /// <summary>Removes every stored row (and the one a crash may have left after the last) and the index, and deactivates the grain (the game is deleted).</summary>
    public async Task Erase()
    {
        await Task.WhenAll(Index.StoredTurns.Append((LastTurn ?? 0) + 1).Select(ClearRowAsync));
        readEntries.Clear();
        await index.ClearIfStoredAsync();
        DeactivateOnIdle();
    }

    private async Task WriteRowAsync(TTurn entry)
    {
        var row = new GrainState<TurnRowState<TTurn>>(new TurnRowState<TTurn> { Entry = entry }, rowETags.GetValueOrDefault(entry.Turn));
        await WithCurrentETagAsync(entry.Turn, row, () => Storage.WriteStateAsync(RowName(entry.Turn), this.GetGrainId(), row));
    }

    private async Task ClearRowAsync(int turn)
    {
        var row = new GrainState<TurnRowState<TTurn>>(new TurnRowState<TTurn>(), rowETags.GetValueOrDefault(turn));
        await WithCurrentETagAsync(turn, row, () => Storage.ClearStateAsync(RowName(turn), this.GetGrainId(), row));
    }

    private async Task<GrainState<TurnRowState<TTurn>>> ReadRowAsync(int turn)
    {
        var row = new GrainState<TurnRowState<TTurn>>(new TurnRowState<TTurn>());
        await Storage.ReadStateAsync(RowName(turn), this.GetGrainId(), row);
        Remember(turn, row.ETag);
        return row;
    }

    /// <summary>Runs <paramref name="operation"/> on the row of <paramref name="turn"/>; refused for a stale ETag (see the remarks), once more with the row's current one.</summary>
    private async Task WithCurrentETagAsync(int turn, GrainState<TurnRowState<TTurn>> row, Func<Task> operation)
    {
        try
        {
            await operation();
        }
        catch (InconsistentStateException)
        {
            row.ETag = (await ReadRowAsync(turn)).ETag;
            await operation();
        }
        Remember(turn, row.ETag);
    }

    private void Remember(int turn, string? etag)
    {
        if (etag is null) rowETags.Remove(turn);
        else rowETags[turn] = etag;
    }

    private static string RowName(int turn) => string.Create(CultureInfo.InvariantCulture, $"turn-{turn}");
}
