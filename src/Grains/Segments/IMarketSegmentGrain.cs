using NrcGame.Market;

namespace NrcGame.Grains.Segments;

/// <summary>
/// One market segment of a game (keyed by <see cref="SegmentKey"/>): its potential, growth,
/// seasonality and sensitivities as in force each turn, the category demand per territory × channel
/// and each firm's share. The game grain hands it its part of each resolution; the segment computes
/// its potential of the quarter with the engine's own step-1 arithmetic. The category facts are
/// public (market news); the firms' shares are the teacher's (teams buy them as a market study).
/// </summary>
public interface IMarketSegmentGrain : Games.IErasableGrain
{
    /// <summary>
    /// Stores the segment's part of a resolved turn, with <paramref name="market"/> the market in force
    /// that turn. Receiving the same turn again (a retried resolution) overwrites it: there is never
    /// more than one entry per turn.
    /// </summary>
    Task RecordTurn([Immutable] MarketScenario market, SegmentOutcome outcome);

    /// <summary>Forgets <paramref name="turn"/> and every later turn (the teacher rolled it back). Idempotent.</summary>
    Task ForgetFrom(int turn);

    /// <summary>Every resolved turn, oldest first.</summary>
    Task<IReadOnlyList<SegmentTurn>> GetTurns();

    /// <summary>The segment in <paramref name="turn"/>; null when the turn is not resolved.</summary>
    Task<SegmentTurn?> GetTurn(int turn);
}

/// <summary>Builds market-segment grain keys: <c>{gameId}/{segmentId}</c>.</summary>
public static class SegmentKey
{
    /// <summary>The key of segment <paramref name="segmentId"/> in game <paramref name="gameId"/>.</summary>
    public static string Of(string gameId, string segmentId) => $"{gameId}/{segmentId}";
}
