using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.Time.Testing;
using NrcGame.WebClient.Access;

namespace NrcGame.Security.Tests;

/// <summary>
/// The bearer tokens (<see cref="AccessTokenService"/>): a token read once is remembered, so that the next requests do
/// not decrypt it again; remembering changes nothing to what is accepted — an altered token is refused, and a remembered
/// one expires when its time is up.
/// </summary>
public sealed class AccessTokenTests
{
    private static readonly AccessGrant Camille = new(AccessRole.Student, "partie-1", "f1", "Camille");

    [Fact]
    public async Task A_remembered_token_is_refused_once_expired_and_an_altered_one_is_refused_after_the_genuine_one_was_read()
    {
        // Issued so that it expires two seconds from now (expiry = the issuing clock + the lifetime).
        var issuingClock = new FakeTimeProvider(TimeProvider.System.GetUtcNow() - AccessTokenService.Lifetime + TimeSpan.FromSeconds(2));
        var tokens = new AccessTokenService(new EphemeralDataProtectionProvider(), issuingClock);
        var token = tokens.Issue(Camille);

        Assert.Equal(Camille, tokens.Read(token));
        Assert.Equal(Camille, tokens.Read(token));
        foreach (var altered in new[] { token[..^1] + (token[^1] == 'A' ? 'B' : 'A'), token + "A", token[1..] })
            Assert.Null(tokens.Read(altered));

        await Task.Delay(TimeSpan.FromSeconds(2.5));
        Assert.Null(tokens.Read(token));
    }

    [Fact]
    public void Many_tokens_are_all_read_correctly_past_the_number_remembered()
    {
        var tokens = new AccessTokenService(new EphemeralDataProtectionProvider(), TimeProvider.System);
        var issued = Enumerable.Range(0, AccessTokenService.RememberedTokens + 10)
            .Select(index => (Grant: Camille with { DisplayName = $"Élève {index}" }, Token: ""))
            .Select(pair => pair with { Token = tokens.Issue(pair.Grant) }).ToList();

        foreach (var (grant, token) in issued) Assert.Equal(grant, tokens.Read(token));
        Assert.Equal(issued[0].Grant, tokens.Read(issued[0].Token));
        Assert.Equal(issued[^1].Grant, tokens.Read(issued[^1].Token));
    }
}
