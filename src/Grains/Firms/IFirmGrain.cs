using NrcGame.Grains.Games;
using NrcGame.Market;

namespace NrcGame.Grains.Firms;

/// <summary>
/// One firm (one student team) of a game: its carried-over market state, its decisions for the
/// open turn; the log of its submissions and withdrawals is in its <see cref="IFirmDecisionLogGrain"/>, its results per
/// turn in its <see cref="IFirmResultsGrain"/> (both erased with it). Keyed by <see cref="FirmKey"/>.
/// Only the game grain changes a firm; the web layer reads it for the firm's own students and the teacher.
/// Every change is idempotent per turn, so that a game resuming an interrupted operation never doubles it.
/// </summary>
public interface IFirmGrain : Games.IErasableGrain
{
    /// <summary>Seats the firm in its game with the scenario's starting state and decisions (once).</summary>
    Task Initialize(FirmSeatSetup setup);

    /// <summary>
    /// The decisions that will be resolved for the open turn, and whether they were submitted;
    /// null when no game seated this firm.
    /// </summary>
    Task<FirmDecisionsView?> GetDecisions();

    /// <summary>The team's shared draft of the open turn; null when no game seated this firm.</summary>
    Task<DraftView?> GetDraft();

    /// <summary>
    /// Sets one field of the draft (last writer wins per field) and relays the change to the
    /// teammates through the game. Refused with a French reason when the turn is not the open one,
    /// the path unknown or the value of the wrong type; the draft is then unchanged.
    /// </summary>
    Task<DraftEditResult> EditDraft(int turn, string path, string valueJson, string author, DateTimeOffset at);

    /// <summary>Every submission and withdrawal, oldest first (who, when, what); read from its <see cref="IFirmDecisionLogGrain"/>.</summary>
    Task<IReadOnlyList<DecisionRecord>> GetHistory();

    /// <summary>Records a submission for <paramref name="turn"/> (called by the game after validation).</summary>
    Task RecordSubmission(int turn, FirmDecisions decisions, string author, DateTimeOffset at);

    /// <summary>Withdraws the submission of <paramref name="turn"/>: the carried-over decisions apply again.</summary>
    Task RecordWithdrawal(int turn, string author, DateTimeOffset at);

    /// <summary>The firm's state and decisions entering the resolution of <paramref name="turn"/>.</summary>
    Task<FirmTurnEntry> GetTurnEntry(int turn);

    /// <summary>
    /// Stores the result of <paramref name="turn"/>, resolved from <paramref name="entry"/>, and
    /// moves to the next turn. Applying the same turn again changes nothing.
    /// </summary>
    Task ApplyResult(int turn, FirmTurnEntry entry, [Immutable] FirmTurnResult result);

    /// <summary>
    /// Undoes <paramref name="turn"/>, the last resolved one: the firm is back in the state and
    /// with the decisions it entered it with, and the turn is open again. Undoing twice changes nothing.
    /// </summary>
    Task RollBack(int turn);

    /// <summary>Each resolved turn as the firm lived it (entry state, decisions, result), oldest first; read from its <see cref="IFirmResultsGrain"/>.</summary>
    Task<IReadOnlyList<FirmTurnRecord>> GetTurnRecords();

    /// <summary>The firm's results, one per resolved turn, oldest first; read from its <see cref="IFirmResultsGrain"/>.</summary>
    Task<IReadOnlyList<FirmTurnResult>> GetResults();

    /// <summary>
    /// Saves a new version of a justification (by a student of the firm) or of an annotation (by the teacher) of
    /// <paramref name="note"/>'s turn, its text trimmed; refused in French per <see cref="TurnNoteRules"/>, changing nothing.
    /// Once <paramref name="gameFinished"/>, no turn is open: only resolved turns may be justified.
    /// </summary>
    Task<CommandResult> WriteNote(TurnNoteRecord note, bool gameFinished);

    /// <summary>Every version of every justification and annotation, oldest first.</summary>
    Task<IReadOnlyList<TurnNoteRecord>> GetNotes();
}

/// <summary>Builds firm grain keys: <c>{gameId}/{firmId}</c>.</summary>
public static class FirmKey
{
    /// <summary>The key of firm <paramref name="firmId"/> of game <paramref name="gameId"/>.</summary>
    public static string Of(string gameId, string firmId) => $"{gameId}/{firmId}";
}
