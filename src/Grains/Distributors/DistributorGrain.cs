using NrcGame.Grains.Games;

namespace NrcGame.Grains.Distributors;

/// <summary>Keeps one distributor turn by turn; see <see cref="IDistributorGrain"/>.</summary>
[CollectionAgeLimit(Minutes = TurnHistoryGrain<DistributorTurn>.IdleMinutes)]
public sealed class DistributorGrain(
    [PersistentState("distributor", GrainStorageNames.GameState)] IPersistentState<TurnHistoryIndex<DistributorTurn>> index)
    : TurnHistoryGrain<DistributorTurn>(index), IDistributorGrain
{
    /// <inheritdoc />
    public Task RecordTurn(DistributorTurn turn) => StoreAsync(turn);

    /// <inheritdoc />
    public async Task<DistributorView?> GetView(int turn) => await FindAsync(turn) is { } found ? DistributorView.From(found) : null;

    /// <inheritdoc />
    public async Task<IReadOnlyList<DistributorFirmView>> GetFirmHistory(string firmId) =>
        (await GetTurns())
            .SelectMany(turn => DistributorView.From(turn).Firms.Where(firm => firm.Terms.FirmId == firmId))
            .ToList();
}
