using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.Routing.Patterns;
using Microsoft.AspNetCore.SignalR;
using Microsoft.Extensions.DependencyInjection;

namespace NrcGame.Security.Tests;

/// <summary>
/// One HTTP endpoint of the running app, as the router sees it, with the access it declares:
/// its authorization policies, an explicit anonymous access, or nothing (a hole).
/// </summary>
/// <param name="Method">The HTTP method (GET for a fallback that accepts any).</param>
/// <param name="Pattern">The route pattern, e.g. <c>/api/games/{gameId}/firms/{firmId}/decisions</c>.</param>
/// <param name="Policies">Every policy the endpoint requires (its group's and its own).</param>
/// <param name="IsAnonymous">Whether it declares anonymous access.</param>
/// <param name="IsHub">Whether it is the SignalR hub's transport (its methods are checked one by one).</param>
public sealed record HttpEndpoint(string Method, string Pattern, IReadOnlyList<string> Policies, bool IsAnonymous, bool IsHub)
{
    /// <summary>How the endpoint is named in test output and in the reviewed anonymous list.</summary>
    public string Name => $"{Method} {Pattern}";

    /// <summary>Every endpoint of the app, once per HTTP method.</summary>
    public static IReadOnlyList<HttpEndpoint> All(IServiceProvider services) =>
        services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .SelectMany(endpoint => MethodsOf(endpoint).Select(method => new HttpEndpoint(
                method,
                "/" + (endpoint.RoutePattern.RawText ?? "").TrimStart('/'),
                [.. endpoint.Metadata.GetOrderedMetadata<IAuthorizeData>().Select(data => data.Policy ?? "")],
                endpoint.Metadata.GetMetadata<IAllowAnonymous>() is not null,
                endpoint.Metadata.GetMetadata<HubMetadata>() is not null)))
            .OrderBy(endpoint => endpoint.Name, StringComparer.Ordinal)
            .ToList();

    /// <summary>
    /// The URL of this endpoint aimed at game A, firm X and tournament T: route parameters <c>gameId</c>,
    /// <c>firmId</c> and <c>tournamentId</c> are theirs, <c>turn</c> is 1, any other parameter a plain word.
    /// </summary>
    public string UrlFor(string gameId, string firmId, string tournamentId)
    {
        var pattern = RoutePatternFactory.Parse(Pattern);
        var segments = pattern.PathSegments.Select(segment => string.Concat(segment.Parts.Select(part => part switch
        {
            RoutePatternLiteralPart literal => literal.Content,
            RoutePatternSeparatorPart separator => separator.Content,
            RoutePatternParameterPart { Name: "gameId" } => gameId,
            RoutePatternParameterPart { Name: "firmId" } => firmId,
            RoutePatternParameterPart { Name: "tournamentId" } => tournamentId,
            RoutePatternParameterPart { Name: "turn" } => "1",
            _ => "essai",
        })));
        return "/" + string.Join('/', segments);
    }

    private static IEnumerable<string> MethodsOf(RouteEndpoint endpoint) =>
        endpoint.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods is { Count: > 0 } methods ? methods : ["GET"];
}
