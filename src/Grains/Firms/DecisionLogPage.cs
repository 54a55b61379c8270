using NrcGame.Grains.Games;

namespace NrcGame.Grains.Firms;

/// <summary>
/// One stored page of a firm's decision log (<see cref="IFirmDecisionLogGrain"/>): a run of consecutive records of the
/// same turn, oldest first. Pages are numbered from 1 in the order they were started (the number is the key of the
/// page's row, <c>turn-{number}</c>); a record of another turn than the last page's starts a new page. Usually that is
/// one page per turn with submissions; a turn reopened by a roll-back gets a page after the later turn's, so that the
/// log reads oldest first like a single list.
/// </summary>
[GenerateSerializer, Immutable]
public sealed record DecisionLogPage(
    [property: Id(0)] int Number,
    [property: Id(1)] IReadOnlyList<DecisionRecord> Records) : ITurnKeyed
{
    /// <inheritdoc />
    int ITurnKeyed.Turn => Number;

    /// <summary>
    /// The page that holds <paramref name="record"/> once appended after <paramref name="last"/>, the log's last page
    /// (null when the log is empty): that page with the record at its end when it is of the same turn, else a new page
    /// numbered <paramref name="newNumber"/>.
    /// </summary>
    public static DecisionLogPage After(DecisionLogPage? last, DecisionRecord record, int newNumber) =>
        last is not null && last.Records.Count > 0 && last.Records[^1].Turn == record.Turn
            ? last with { Records = last.Records.Append(record).ToList() }
            : new DecisionLogPage(newNumber, new List<DecisionRecord> { record });

    /// <summary>The pages of <paramref name="records"/>, a log kept as one list (oldest first), numbered from 1.</summary>
    public static IReadOnlyList<DecisionLogPage> Of(IEnumerable<DecisionRecord> records)
    {
        var pages = new List<DecisionLogPage>();
        foreach (var record in records)
        {
            var page = After(pages.Count == 0 ? null : pages[^1], record, pages.Count + 1);
            if (page.Number > pages.Count) pages.Add(page);
            else pages[^1] = page;
        }
        return pages;
    }
}
