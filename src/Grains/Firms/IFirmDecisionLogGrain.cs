namespace NrcGame.Grains.Firms;

/// <summary>
/// A firm's decision log (keyed like the firm: <see cref="FirmKey"/>): every submission and withdrawal of its students,
/// oldest first, each with the full decisions. Kept apart from <see cref="IFirmGrain"/> so that the firm's hot state,
/// rewritten by every submission, withdrawal and draft edit, does not carry a log that grows all game long: the firm
/// appends each record here, and reads the log back only on demand (history, debrief, export, roll-back). Stored a page
/// per row (<see cref="DecisionLogPage"/>), so an append rewrites only the open turn's page. Never rolled back.
/// </summary>
public interface IFirmDecisionLogGrain : Games.IErasableGrain
{
    /// <summary>Adds <paramref name="record"/> at the end of the log.</summary>
    Task Append(DecisionRecord record);

    /// <summary>
    /// Makes <paramref name="records"/> (oldest first) the whole log, replacing whatever it held: how a firm stored with its
    /// log inside its own state moves it here. Idempotent.
    /// </summary>
    Task Replace(IReadOnlyList<DecisionRecord> records);

    /// <summary>Every record, oldest first.</summary>
    Task<IReadOnlyList<DecisionRecord>> GetRecords();
}
