using NrcGame.Grains.Games;
using NrcGame.Market;

namespace NrcGame.Grains.SalesTeams;

/// <summary>Keeps one firm's sales team turn by turn; see <see cref="ISalesTeamGrain"/>.</summary>
[CollectionAgeLimit(Minutes = TurnHistoryGrain<SalesTeamTurn>.IdleMinutes)]
public sealed class SalesTeamGrain(
    [PersistentState("salesTeam", GrainStorageNames.GameState)] IPersistentState<TurnHistoryState<SalesTeamTurn>> state)
    : TurnHistoryGrain<SalesTeamTurn>(state), ISalesTeamGrain
{
    /// <inheritdoc />
    public Task RecordTurn(SalesTeamTurn turn) => StoreAsync(turn);

    /// <inheritdoc />
    public Task<SalesTeamView?> GetView() => Task.FromResult(Turns.Count == 0 ? null : SalesTeamView.From(Turns[^1]));

    /// <inheritdoc />
    public Task<IReadOnlyList<RepReport>> GetRepReports(int turn) => Task.FromResult(Find(turn)?.Report.Reps ?? []);
}
