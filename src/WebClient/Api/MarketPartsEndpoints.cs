using NrcGame.Grains.Distributors;
using NrcGame.Grains.Firms;
using NrcGame.Grains.Games;
using NrcGame.Grains.SalesTeams;
using NrcGame.Grains.Segments;
using NrcGame.WebClient.Access;

namespace NrcGame.WebClient.Api;

/// <summary>
/// What the sales-team, distributor and market-segment grains keep turn by turn: a firm's sales team
/// and its own terms with each distributor (its students and the teacher); every firm's terms with a
/// distributor and every firm's share of a segment (the teacher only).
/// </summary>
public static class MarketPartsEndpoints
{
    /// <summary>One distributor and the firm's own line with it, per resolved turn.</summary>
    /// <param name="ChannelId">The distributor's channel.</param>
    /// <param name="Name">Its French name.</param>
    /// <param name="Turns">The firm's listing, terms and the margin it left, oldest turn first.</param>
    public sealed record FirmDistributorLines(string ChannelId, string Name, IReadOnlyList<DistributorFirmView> Turns);

    private const string NotResolved = "Ce trimestre n'est pas encore résolu (ou ce distributeur, ce segment n'existe pas dans la partie).";

    /// <summary>Maps <c>/api/games/{gameId}/firms/{firmId}/sales-team</c>, <c>…/distributors</c>, <c>/api/games/{gameId}/distributors/…</c> and <c>/segments/…</c>.</summary>
    public static void MapMarketPartsEndpoints(this IEndpointRouteBuilder api)
    {
        var firm = api.MapGroup("/games/{gameId}/firms/{firmId}");
        firm.MapGet("/sales-team", async (string gameId, string firmId, IGrainFactory grains) =>
            await grains.GetGrain<ISalesTeamGrain>(FirmKey.Of(gameId, firmId)).GetView() is { } view
                ? Results.Ok(view)
                : ApiError.NotFound("Aucun trimestre résolu : l'équipe de vente n'a pas encore de bilan.")).RequireAuthorization(GameAccessPolicies.FirmReader);
        firm.MapGet("/sales-team/turns/{turn:int}/reps", async (string gameId, string firmId, int turn, IGrainFactory grains) =>
            Results.Ok(await grains.GetGrain<ISalesTeamGrain>(FirmKey.Of(gameId, firmId)).GetRepReports(turn))).RequireAuthorization(GameAccessPolicies.FirmReader);
        firm.MapGet("/distributors", async (string gameId, string firmId, IGrainFactory grains) =>
        {
            var channels = (await grains.GetGrain<IGameGrain>(gameId).GetScenario())?.Channels.Where(DistributorTurn.IsDistributor) ?? [];
            var lines = new List<FirmDistributorLines>();
            foreach (var channel in channels)
                lines.Add(new FirmDistributorLines(channel.Id, channel.Name, await grains.GetGrain<IDistributorGrain>(DistributorKey.Of(gameId, channel.Id)).GetFirmHistory(firmId)));
            return Results.Ok(lines);
        }).RequireAuthorization(GameAccessPolicies.FirmReader);

        var game = api.MapGroup("/games/{gameId}");
        game.MapGet("/distributors/{channelId}/turns/{turn:int}", async (string gameId, string channelId, int turn, IGrainFactory grains) =>
            await grains.GetGrain<IDistributorGrain>(DistributorKey.Of(gameId, channelId)).GetView(turn) is { } view
                ? Results.Ok(view)
                : ApiError.NotFound(NotResolved)).RequireAuthorization(GameAccessPolicies.Teacher);
        game.MapGet("/segments/{segmentId}/turns/{turn:int}", async (string gameId, string segmentId, int turn, IGrainFactory grains) =>
            await grains.GetGrain<IMarketSegmentGrain>(SegmentKey.Of(gameId, segmentId)).GetTurn(turn) is { } segment
                ? Results.Ok(segment)
                : ApiError.NotFound(NotResolved)).RequireAuthorization(GameAccessPolicies.Teacher);
    }
}
