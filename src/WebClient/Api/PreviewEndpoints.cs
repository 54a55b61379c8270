using NrcGame.Grains.Games;
using NrcGame.Market;
using NrcGame.WebClient.Access;

namespace NrcGame.WebClient.Api;

/// <summary>The response curves the teacher previews while tuning the market, before and after a proposed change.</summary>
public static class PreviewEndpoints
{
    /// <summary>Maps <c>POST /api/games/{gameId}/parameters/preview</c>; teacher only; changes nothing.</summary>
    public static void MapPreviewEndpoints(this IEndpointRouteBuilder api)
    {
        api.MapPost("/games/{gameId}/parameters/preview", async (string gameId, HttpRequest request, IGrainFactory grains) =>
        {
            var (body, error) = await JsonBody.ReadAsync<ResponseCurveRequest>(request);
            if (error is not null) return error;
            var basis = await grains.GetGrain<IGameGrain>(gameId).GetPreviewBasis(body!.Changes ?? []);
            if (basis.Current is not { } current)
                return ApiError.From(basis.Result, stateConflict: basis.Result.Errors.Any(e => e.Field == "status"));
            var problems = new List<FieldError>();
            if (body.FirmId is not { } firmId || !current.Firms.ContainsKey(firmId))
                problems.Add(new FieldError("firmId", "Équipe : choisissez une équipe de cette partie."));
            var segment = current.Scenario.Segments.FirstOrDefault(candidate => candidate.Id == body.SegmentId);
            if (segment is null)
                problems.Add(new FieldError("segmentId", $"Segment : choisissez un segment du marché ({string.Join(", ", current.Scenario.Segments.Select(s => s.Id))})."));
            if (problems.Count > 0) return ApiError.Invalid(problems);
            var firm = current.Firms[body.FirmId!];
            var grid = CurveGrid.For(segment!, firm.Decisions);
            var curves = ResponseCurves.Sample(current, body.FirmId!, segment!.Id, grid);
            return Results.Ok(new ResponseCurvePreview(
                current.Turn, body.FirmId!, segment.Id, segment.Name,
                firm.Decisions.Pricing.ListPrice.GetValueOrDefault(segment.Id),
                firm.Decisions.Promotion.Media.GetValueOrDefault(segment.Id),
                curves,
                basis.Proposed is { } proposed ? ResponseCurves.Sample(current with { Scenario = proposed }, body.FirmId!, segment.Id, grid) : curves));
        }).RequireAuthorization(GameAccessPolicies.Teacher);
    }
}
