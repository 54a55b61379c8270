using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Orleans.Storage;

namespace NrcGame.Grains.Games;

/// <summary>
/// Base of the grains that receive their part of each resolution (sales teams, distributors, market segments, each
/// firm's results): they keep one entry per turn, so that a retried resolution overwrites its turn and a roll-back
/// removes it.
/// </summary>
/// <remarks>
/// <para>
/// Each turn is a storage row of its own (state name <c>turn-{n}</c> in <see cref="GrainStorageNames.GameState"/>,
/// written through the storage directly); the grain's persistent state is only the index of the stored turns and of
/// their rows' ETags (<see cref="TurnHistoryIndex{TTurn}"/>). Recording a turn writes its row, then the index; so a
/// resolution serializes that one turn however long the game, and an activation reads the few bytes of the index.
/// Entries are read when asked for (the whole history: every row at once) and kept until the next change, so that
/// the students of a team who all reload the results after a resolution cost one read of the rows; an activation
/// that only receives turns holds its index alone, and one left without a call for <see cref="IdleMinutes"/> is
/// collected (each concrete grain carries <c>[CollectionAgeLimit(Minutes = IdleMinutes)]</c>).
/// </para>
/// <para>
/// A crash between a row and the index leaves the two apart: a row is written before the index names it (a row not
/// named is never read, and can only be the turn after the last one named, which the game records again when it
/// finishes the resolution, and which <see cref="Erase"/> clears too), and cleared before the index forgets it (a
/// named row that is gone reads as absent). The ETag the index holds for such a row is then stale, so an operation
/// on a row that storage refuses for its ETag reads the row's current ETag and runs once more.
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
    private IGrainStorage? storage;

    private TurnHistoryIndex<TTurn> Index => index.State;

    private IGrainStorage Storage => storage ??= ServiceProvider.GetRequiredKeyedService<IGrainStorage>(GrainStorageNames.GameState);

    /// <summary>The last stored turn; null when none is.</summary>
    protected int? LastTurn => Index.Rows.Count == 0 ? null : Index.Rows.Keys.Max();

    /// <inheritdoc />
    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        // A history stored as one list (the former shape) moves to a row per turn once: the rows, then the index without the list.
        if (Index.FormerTurns is not { } former) return;
        var etags = await Task.WhenAll(former.Select(WriteRowAsync));
        foreach (var (entry, etag) in former.Zip(etags)) Index.Rows[entry.Turn] = etag;
        Index.FormerTurns = null;
        await index.WriteStateAsync();
    }

    /// <summary>Stores <paramref name="entry"/> as the only entry of its turn: its row, then the index.</summary>
    protected async Task StoreAsync(TTurn entry)
    {
        var etag = await WriteRowAsync(entry);
        readEntries.Clear();
        Index.Rows[entry.Turn] = etag;
        await index.WriteStateAsync();
    }

    /// <summary>The entry of <paramref name="turn"/>, or null when that turn is not stored.</summary>
    protected async Task<TTurn?> FindAsync(int turn)
    {
        if (!Index.Rows.ContainsKey(turn)) return null;
        if (readEntries.TryGetValue(turn, out var known)) return known;
        var entry = (await ReadRowAsync(turn)).State?.Entry;
        if (entry is not null) readEntries[turn] = entry;
        return entry;
    }

    /// <summary>Forgets <paramref name="turn"/> and every later turn: their rows, then the index. Idempotent.</summary>
    public async Task ForgetFrom(int turn)
    {
        var forgotten = Index.Rows.Keys.Where(stored => stored >= turn).ToList();
        if (forgotten.Count == 0) return;
        await Task.WhenAll(forgotten.Select(ClearRowAsync));
        readEntries.Clear();
        foreach (var gone in forgotten) Index.Rows.Remove(gone);
        await index.WriteStateAsync();
    }

    /// <summary>Every stored turn, oldest first.</summary>
    public async Task<IReadOnlyList<TTurn>> GetTurns() =>
        (await Task.WhenAll(Index.Rows.Keys.Select(FindAsync))).OfType<TTurn>().ToList();

    /// <summary>Removes every stored row (and the one a crash may have left after the last) and the index, and deactivates the grain (the game is deleted).</summary>
    public async Task Erase()
    {
        await Task.WhenAll(Index.Rows.Keys.Append((LastTurn ?? 0) + 1).Select(ClearRowAsync));
        readEntries.Clear();
        await index.ClearIfStoredAsync();
        DeactivateOnIdle();
    }

    private async Task<string> WriteRowAsync(TTurn entry)
    {
        var row = new GrainState<TurnRowState<TTurn>>(new TurnRowState<TTurn> { Entry = entry }, Index.Rows.GetValueOrDefault(entry.Turn));
        await WithCurrentETagAsync(entry.Turn, row, () => Storage.WriteStateAsync(RowName(entry.Turn), this.GetGrainId(), row));
        return row.ETag!;
    }

    private Task ClearRowAsync(int turn)
    {
        var row = new GrainState<TurnRowState<TTurn>>(new TurnRowState<TTurn>(), Index.Rows.GetValueOrDefault(turn));
        return WithCurrentETagAsync(turn, row, () => Storage.ClearStateAsync(RowName(turn), this.GetGrainId(), row));
    }

    private async Task<GrainState<TurnRowState<TTurn>>> ReadRowAsync(int turn)
    {
        var row = new GrainState<TurnRowState<TTurn>>(new TurnRowState<TTurn>());
        await Storage.ReadStateAsync(RowName(turn), this.GetGrainId(), row);
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
    }

    private static string RowName(int turn) => string.Create(CultureInfo.InvariantCulture, $"turn-{turn}");
}
