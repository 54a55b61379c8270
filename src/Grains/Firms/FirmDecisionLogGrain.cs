using NrcGame.Grains.Games;

namespace NrcGame.Grains.Firms;

/// <summary>Keeps one firm's decision log; see <see cref="IFirmDecisionLogGrain"/>.</summary>
/// <remarks>
/// The pages are the entries of a <see cref="TurnHistoryGrain{TTurn}"/> keyed by their number. The last page is kept in
/// memory once read or written, so that the students' successive submissions of a turn rewrite that page's row alone
/// (and the index only when a page starts), without reading it first.
/// </remarks>
[CollectionAgeLimit(Minutes = TurnHistoryGrain<DecisionLogPage>.IdleMinutes)]
public sealed class FirmDecisionLogGrain(
    [PersistentState("firmDecisionLog", GrainStorageNames.GameState)] IPersistentState<TurnHistoryIndex<DecisionLogPage>> index)
    : TurnHistoryGrain<DecisionLogPage>(index), IFirmDecisionLogGrain
{
    private DecisionLogPage? lastPage;

    /// <inheritdoc />
    public async Task Append(DecisionRecord record)
    {
        lastPage ??= LastTurn is { } number ? await FindAsync(number) : null;
        var page = DecisionLogPage.After(lastPage, record, (LastTurn ?? 0) + 1);
        await StoreAsync(page);
        lastPage = page;
    }

    /// <inheritdoc />
    public async Task Replace(IReadOnlyList<DecisionRecord> records)
    {
        lastPage = null;
        var pages = DecisionLogPage.Of(records);
        // One after the other: a new page writes the index too.
        foreach (var page in pages) await StoreAsync(page);
        await ForgetFrom(pages.Count + 1);
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<DecisionRecord>> GetRecords() => (await GetTurns()).SelectMany(page => page.Records).ToList();
}
