using System.Text.Json;
using Microsoft.AspNetCore.DataProtection;

namespace NrcGame.WebClient.Access;

/// <summary>
/// Issues and reads the signed, expiring bearer tokens a teacher key or a team join code is
/// exchanged for. Tokens are encrypted and authenticated with ASP.NET Core Data Protection, whose
/// keys live in the data folder so that tokens survive a restart.
/// </summary>
public sealed class AccessTokenService(IDataProtectionProvider protection, TimeProvider time)
{
    /// <summary>How long a token stays valid: a school day.</summary>
    public static readonly TimeSpan Lifetime = TimeSpan.FromHours(12);

    private readonly ITimeLimitedDataProtector protector =
        protection.CreateProtector("NrcGame.AccessToken.v1").ToTimeLimitedDataProtector();

    /// <summary>Creates a token for <paramref name="grant"/>.</summary>
    public string Issue(AccessGrant grant) =>
        protector.Protect(JsonSerializer.Serialize(grant), time.GetUtcNow() + Lifetime);

    /// <summary>Reads a token; null when it is malformed, tampered with or expired.</summary>
    public AccessGrant? Read(string token)
    {
        try
        {
            return JsonSerializer.Deserialize<AccessGrant>(protector.Unprotect(token, out _));
        }
        catch (Exception exception) when (exception is System.Security.Cryptography.CryptographicException or JsonException or FormatException)
        {
            return null;
        }
    }
}
