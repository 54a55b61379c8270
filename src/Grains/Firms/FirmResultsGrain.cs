using NrcGame.Grains.Games;

namespace NrcGame.Grains.Firms;

/// <summary>Keeps one firm's resolved turns; see <see cref="IFirmResultsGrain"/>.</summary>
[CollectionAgeLimit(Minutes = TurnHistoryGrain<FirmTurnRecord>.IdleMinutes)]
public sealed class FirmResultsGrain(
    [PersistentState("firmResults", GrainStorageNames.GameState)] IPersistentState<TurnHistoryIndex<FirmTurnRecord>> index)
    : TurnHistoryGrain<FirmTurnRecord>(index), IFirmResultsGrain
{
    /// <inheritdoc />
    public Task RecordTurn(FirmTurnRecord record) => StoreAsync(record);
}
