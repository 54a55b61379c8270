using System.Security.Claims;

namespace NrcGame.WebClient.Access;

/// <summary>The claims an <see cref="AccessGrant"/> becomes, and back.</summary>
public static class AccessClaims
{
    private const string GameIdType = "nrc:game";
    private const string FirmIdType = "nrc:firm";

    /// <summary>Claims for an authenticated principal.</summary>
    public static IEnumerable<Claim> From(AccessGrant grant)
    {
        yield return new Claim(ClaimTypes.Role, grant.Role.ToString());
        yield return new Claim(ClaimTypes.Name, grant.DisplayName);
        yield return new Claim(GameIdType, grant.GameId);
        if (grant.FirmId is not null) yield return new Claim(FirmIdType, grant.FirmId);
    }

    /// <summary>The grant of an authenticated principal; null when anonymous.</summary>
    public static AccessGrant? ToGrant(ClaimsPrincipal user)
    {
        var gameId = user.FindFirstValue(GameIdType);
        var role = user.FindFirstValue(ClaimTypes.Role);
        if (gameId is null || !Enum.TryParse<AccessRole>(role, out var accessRole)) return null;
        return new AccessGrant(accessRole, gameId, user.FindFirstValue(FirmIdType), user.FindFirstValue(ClaimTypes.Name) ?? "");
    }
}
