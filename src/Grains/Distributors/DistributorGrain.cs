using NrcGame.Grains.Games;

namespace NrcGame.Grains.Distributors;

/// <summary>Keeps one distributor turn by turn; see <see cref="IDistributorGrain"/>.</summary>
[CollectionAgeLimit(Minutes = TurnHistoryGrain<DistributorTurn>.IdleMinutes)]
public sealed class DistributorGrain(
    [PersistentState("distributor", GrainStorageNames.GameState)] IPersistentState<TurnHistoryState<DistributorTurn>> state)
    : TurnHistoryGrain<DistributorTurn>(state), IDistributorGrain
{
    /// <inheritdoc />
    public Task RecordTurn(DistributorTurn turn) => StoreAsync(turn);

    /// <inheritdoc />
    public Task<DistributorView?> GetView(int turn) => Task.FromResult(Find(turn) is { } found ? DistributorView.From(found) : null);

    /// <inheritdoc />
    public Task<IReadOnlyList<DistributorFirmView>> GetFirmHistory(string firmId) =>
        Task.FromResult<IReadOnlyList<DistributorFirmView>>(Turns
            .SelectMany(turn => DistributorView.From(turn).Firms.Where(firm => firm.Terms.FirmId == firmId))
            .ToList());
}
