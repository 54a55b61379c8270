namespace NrcGame.WebClient.Api;

/// <summary>The HTTP API under <c>/api</c>.</summary>
public static class ApiRoutes
{
    /// <summary>Maps every endpoint; each one states its access policy where it is mapped.</summary>
    public static void MapNrcGameApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api");
        api.MapSessionEndpoints();
        api.MapGameEndpoints();
        api.MapTurnEndpoints();
        api.MapMarketEndpoints();
        api.MapDebriefEndpoints();
        api.MapFirmEndpoints();
        api.MapMarketPartsEndpoints();
        api.MapProFormaEndpoints();
        api.MapStandingsEndpoints();
        api.MapConsoleEndpoints();
        api.MapGameArchiveEndpoints();
        api.MapTournamentEndpoints();
        api.MapPreviewEndpoints();
        api.MapFallback(() => ApiError.NotFound("Adresse d'API inconnue.")).AllowAnonymous();
    }
}
