using System.Collections.Concurrent;
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

    /// <summary>How many tokens <see cref="Read"/> remembers before it starts over (a few classes' worth, some megabytes).</summary>
    public const int RememberedTokens = 20_000;

    /// <summary>
    /// The tokens read lately, with their grant and expiry: a browser sends its token with every request, and decrypting
    /// and authenticating it each time was a few per cent of the server's CPU with a hundred classes playing. Only tokens
    /// that read successfully are remembered, by their exact text, so a tampered one is still decrypted (and refused).
    /// </summary>
    private readonly ConcurrentDictionary<string, (AccessGrant Grant, DateTimeOffset Expires)> readLately = new(StringComparer.Ordinal);

    /// <summary>Reads a token; null when it is malformed, tampered with or expired.</summary>
    public AccessGrant? Read(string token)
    {
        // Expired by the clock Data Protection checks a token's expiry against (the system's), as when it is decrypted.
        if (readLately.TryGetValue(token, out var known)) return known.Expires > TimeProvider.System.GetUtcNow() ? known.Grant : null;
        try
        {
            var grant = JsonSerializer.Deserialize<AccessGrant>(protector.Unprotect(token, out var expires));
            if (grant is null) return null;
            if (readLately.Count >= RememberedTokens) readLately.Clear();
            readLately[token] = (grant, expires);
            return grant;
        }
        catch (Exception exception) when (exception is System.Security.Cryptography.CryptographicException or JsonException or FormatException)
        {
            return null;
        }
    }
}
