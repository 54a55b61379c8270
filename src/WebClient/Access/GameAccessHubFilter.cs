using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.SignalR;

namespace NrcGame.WebClient.Access;

/// <summary>
/// Checks every hub method call against the policy its <see cref="HubPolicyAttribute"/> names,
/// through the same <see cref="GameAccessHandler"/> as the HTTP endpoints. A refusal reaches the
/// caller as a French <see cref="HubException"/>; a method that declares no policy is refused.
/// </summary>
public sealed class GameAccessHubFilter(IAuthorizationService authorization) : IHubFilter
{
    /// <summary>The message a refused call receives.</summary>
    public const string Refused = "Accès refusé : cette action est réservée à l'enseignant de la partie ou à l'équipe concernée.";

    /// <inheritdoc />
    public async ValueTask<object?> InvokeMethodAsync(HubInvocationContext invocation, Func<HubInvocationContext, ValueTask<object?>> next)
    {
        var declared = invocation.HubMethod.GetCustomAttributes(typeof(HubPolicyAttribute), inherit: true);
        if (declared is not [HubPolicyAttribute { Policy: var policy }]) throw new HubException(Refused);
        var user = invocation.Context.User ?? new System.Security.Claims.ClaimsPrincipal();
        if (!(await authorization.AuthorizeAsync(user, invocation, policy)).Succeeded) throw new HubException(Refused);
        return await next(invocation);
    }
}
