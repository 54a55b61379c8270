using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Policy;
using NrcGame.WebClient.Api;

namespace NrcGame.WebClient.Access;

/// <summary>Answers refused requests with a French <see cref="ApiError"/> instead of an empty 401/403.</summary>
public sealed class FrenchAuthorizationResultHandler : IAuthorizationMiddlewareResultHandler
{
    private readonly AuthorizationMiddlewareResultHandler fallback = new();

    /// <inheritdoc />
    public async Task HandleAsync(RequestDelegate next, HttpContext context, AuthorizationPolicy policy, PolicyAuthorizationResult authorizeResult)
    {
        if (authorizeResult.Succeeded || context.Request.Path.StartsWithSegments(GameHub.Path))
        {
            await fallback.HandleAsync(next, context, policy, authorizeResult);
            return;
        }
        var (status, title) = authorizeResult.Challenged
            ? (StatusCodes.Status401Unauthorized, "Connexion requise : rejoignez la partie avec votre code d'équipe ou la clé enseignant.")
            : (StatusCodes.Status403Forbidden, "Accès refusé : cette action est réservée à l'enseignant de la partie ou à l'équipe concernée.");
        context.Response.StatusCode = status;
        await context.Response.WriteAsJsonAsync(new ApiError(title, []));
    }
}
