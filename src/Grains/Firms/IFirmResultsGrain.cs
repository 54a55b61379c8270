namespace NrcGame.Grains.Firms;

/// <summary>
/// A firm's resolved turns (keyed like the firm: <see cref="FirmKey"/>): for each, the state and decisions it entered
/// with and the engine's full result (sales, statements, dashboard, sales-team report…). Kept apart from
/// <see cref="IFirmGrain"/> so that the firm's hot state (draft, submissions, carried-over state) stays small while a
/// game runs: the firm writes each turn here when it applies the result, and reads it back only on demand (results
/// pages, debrief, roll-back). The grain leaves memory as soon as it is idle after a write.
/// </summary>
public interface IFirmResultsGrain : Games.IErasableGrain
{
    /// <summary>Stores <paramref name="record"/> as the only entry of its turn (receiving a turn again overwrites it).</summary>
    Task RecordTurn(FirmTurnRecord record);

    /// <summary>Forgets <paramref name="turn"/> and every later turn (the teacher rolled it back). Idempotent.</summary>
    Task ForgetFrom(int turn);

    /// <summary>Every resolved turn of the firm, oldest first.</summary>
    Task<IReadOnlyList<FirmTurnRecord>> GetTurns();
}
