using NrcGame.Grains.Games;
using NrcGame.Market;

namespace NrcGame.Grains.SalesTeams;

/// <summary>Keeps one firm's sales team turn by turn; see <see cref="ISalesTeamGrain"/>.</summary>
[CollectionAgeLimit(Minutes = TurnHistoryGrain<SalesTeamTurn>.IdleMinutes)]
public sealed class SalesTeamGrain(
    [PersistentState("salesTeam", GrainStorageNames.GameState)] IPersistentState<TurnHistoryIndex<SalesTeamTurn>> index)
    : TurnHistoryGrain<SalesTeamTurn>(index), ISalesTeamGrain
{
    /// <inheritdoc />
    public Task RecordTurn(SalesTeamTurn turn) => StoreAsync(turn);

    /// <inheritdoc />
    public async Task<SalesTeamView?> GetView() => LastTurn is { } last && await FindAsync(last) is { } turn ? SalesTeamView.From(turn) : null;

    /// <inheritdoc />
    public async Task<IReadOnlyList<RepReport>> GetRepReports(int turn) => (await FindAsync(turn))?.Report.Reps ?? [];
}
