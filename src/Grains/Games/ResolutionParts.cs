using NrcGame.Grains.Distributors;
using NrcGame.Grains.SalesTeams;
using NrcGame.Grains.Segments;
using NrcGame.Market;

namespace NrcGame.Grains.Games;

/// <summary>
/// Hands every sales team, distributor and market segment of a game its part of a resolved turn,
/// and takes it back on a roll-back. Each receiver keeps one entry per turn, so that running this
/// again after a failure half-way (the game keeps its <see cref="PendingResolution"/> until every
/// part is stored) leaves exactly one copy of each part.
/// </summary>
internal static class ResolutionParts
{
    /// <summary>Stores the parts of <paramref name="pending"/>, resolved under <paramref name="market"/> into <paramref name="outcome"/>.</summary>
    public static Task DistributeAsync(IGrainFactory grains, string gameId, MarketScenario market, PendingResolution pending, TurnOutcome outcome)
    {
        var turn = pending.Turn;
        var salesTeams = pending.Entries.Keys.Select(firmId => SalesTeam(grains, gameId, firmId)
            .RecordTurn(SalesTeamTurn.From(turn, pending.Entries[firmId], outcome.Firms[firmId])));
        var distributors = market.Channels.Where(DistributorTurn.IsDistributor).Select(channel => Distributor(grains, gameId, channel.Id)
            .RecordTurn(DistributorTurn.From(channel, turn, pending.Entries, outcome)));
        var segments = market.Segments.Select(segment => Segment(grains, gameId, segment.Id)
            .RecordTurn(market, SegmentOutcome.From(segment.Id, outcome)));
        return Task.WhenAll(salesTeams.Concat(distributors).Concat(segments));
    }

    /// <summary>Removes <paramref name="turn"/> and later turns from every part holder of the game.</summary>
    public static Task WithdrawAsync(IGrainFactory grains, string gameId, MarketScenario market, IEnumerable<string> firmIds, int turn)
    {
        var salesTeams = firmIds.Select(firmId => SalesTeam(grains, gameId, firmId).ForgetFrom(turn));
        var distributors = market.Channels.Where(DistributorTurn.IsDistributor).Select(channel => Distributor(grains, gameId, channel.Id).ForgetFrom(turn));
        var segments = market.Segments.Select(segment => Segment(grains, gameId, segment.Id).ForgetFrom(turn));
        return Task.WhenAll(salesTeams.Concat(distributors).Concat(segments));
    }

    /// <summary>Every sales team, distributor and market segment that may hold a part of the game under <paramref name="market"/>.</summary>
    public static IEnumerable<IErasableGrain> HoldersOf(IGrainFactory grains, string gameId, MarketScenario market, IEnumerable<string> firmIds) =>
        firmIds.Select(firmId => (IErasableGrain)SalesTeam(grains, gameId, firmId))
            .Concat(market.Channels.Where(DistributorTurn.IsDistributor).Select(channel => Distributor(grains, gameId, channel.Id)))
            .Concat(market.Segments.Select(segment => Segment(grains, gameId, segment.Id)));

    private static ISalesTeamGrain SalesTeam(IGrainFactory grains, string gameId, string firmId) =>
        grains.GetGrain<ISalesTeamGrain>(Firms.FirmKey.Of(gameId, firmId));

    private static IDistributorGrain Distributor(IGrainFactory grains, string gameId, string channelId) =>
        grains.GetGrain<IDistributorGrain>(DistributorKey.Of(gameId, channelId));

    private static IMarketSegmentGrain Segment(IGrainFactory grains, string gameId, string segmentId) =>
        grains.GetGrain<IMarketSegmentGrain>(SegmentKey.Of(gameId, segmentId));
}
