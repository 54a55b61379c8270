using System.Security.Claims;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;

namespace NrcGame.WebClient.Access;

/// <summary>
/// Authenticates requests carrying an NRC Game token, as <c>Authorization: Bearer …</c> or, for
/// SignalR's WebSocket handshake (which cannot set headers in browsers), as <c>access_token</c>.
/// </summary>
public sealed class TokenAuthenticationHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options,
    ILoggerFactory logger,
    UrlEncoder encoder,
    AccessTokenService tokens)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    /// <summary>The scheme name.</summary>
    public const string SchemeName = "NrcGameToken";

    /// <inheritdoc />
    protected override Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var token = ReadToken();
        if (token is null) return Task.FromResult(AuthenticateResult.NoResult());
        var grant = tokens.Read(token);
        if (grant is null) return Task.FromResult(AuthenticateResult.Fail("Jeton invalide ou expiré."));
        var identity = new ClaimsIdentity(AccessClaims.From(grant), SchemeName);
        return Task.FromResult(AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identity), SchemeName)));
    }

    private string? ReadToken()
    {
        var header = Request.Headers.Authorization.ToString();
        if (header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase)) return header["Bearer ".Length..].Trim();
        if (Request.Path.StartsWithSegments(GameHub.Path)) return Request.Query["access_token"].FirstOrDefault();
        return null;
    }
}
