using NrcGame.Grains.Games;
using NrcGame.Market;

namespace NrcGame.Grains.Segments;

/// <summary>Keeps one market segment turn by turn; see <see cref="IMarketSegmentGrain"/>.</summary>
[CollectionAgeLimit(Minutes = TurnHistoryGrain<SegmentTurn>.IdleMinutes)]
public sealed class MarketSegmentGrain(
    [PersistentState("segment", GrainStorageNames.GameState)] IPersistentState<TurnHistoryIndex<SegmentTurn>> index)
    : TurnHistoryGrain<SegmentTurn>(index), IMarketSegmentGrain
{
    private string SegmentId => this.GetPrimaryKeyString()[(this.GetPrimaryKeyString().LastIndexOf('/') + 1)..];

    /// <inheritdoc />
    public Task RecordTurn(MarketScenario market, SegmentOutcome outcome)
    {
        var definition = market.Segments.First(segment => segment.Id == SegmentId);
        return StoreAsync(new SegmentTurn(outcome.Turn, definition, SegmentPotential.PerTerritory(market, definition, outcome.Turn), outcome));
    }

    /// <inheritdoc />
    public Task<SegmentTurn?> GetTurn(int turn) => FindAsync(turn);
}
