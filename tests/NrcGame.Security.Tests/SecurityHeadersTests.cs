using System.Text.RegularExpressions;

namespace NrcGame.Security.Tests;

/// <summary>
/// Every kind of response (the page, the built script and style sheet, an API answer, an API
/// refusal, an unknown API address, the hub's negotiation) carries the security headers, and the
/// built page itself needs no inline script to run.
/// </summary>
public sealed partial class SecurityHeadersTests(NrcGameFactory app) : IClassFixture<NrcGameFactory>
{
    [Fact]
    public async Task Every_kind_of_response_carries_the_security_headers()
    {
        var client = app.CreateClient();
        var page = await client.GetStringAsync("/");
        var assets = AssetReference().Matches(page).Select(match => match.Groups["path"].Value).ToList();
        Assert.Contains(assets, asset => asset.EndsWith(".js", StringComparison.Ordinal));
        Assert.Contains(assets, asset => asset.EndsWith(".css", StringComparison.Ordinal));

        string[] addresses = ["/", "/#/equipe", .. assets, "/api/scenarios", "/api/games/inconnue", "/api/nulle-part", "/hubs/game/negotiate?negotiateVersion=1"];
        foreach (var address in addresses)
        {
            using var request = new HttpRequestMessage(address.StartsWith("/hubs", StringComparison.Ordinal) ? HttpMethod.Post : HttpMethod.Get, address);
            var response = await client.SendAsync(request);
            Assert.True((int)response.StatusCode < 500, $"{address}: {(int)response.StatusCode}");
            var csp = Directives(Header(response, "Content-Security-Policy", address));
            Assert.Equal(["'self'"], csp["script-src"]);
            Assert.Equal(["'none'"], csp["frame-ancestors"]);
            Assert.Equal(["'self'"], csp["default-src"]);
            Assert.Equal(["'none'"], csp["object-src"]);
            Assert.DoesNotContain(csp.Values.SelectMany(sources => sources), source => source is "'unsafe-eval'" or "*");
            Assert.Equal("nosniff", Header(response, "X-Content-Type-Options", address));
            Assert.Equal("no-referrer", Header(response, "Referrer-Policy", address));
        }
    }

    [Fact]
    public async Task The_built_page_has_no_inline_script_nor_inline_event_handler()
    {
        var page = await app.CreateClient().GetStringAsync("/");
        var scripts = ScriptTag().Matches(page).ToList();
        Assert.NotEmpty(scripts);
        foreach (var script in scripts)
        {
            Assert.Matches(SourceAttribute(), script.Groups["attributes"].Value);
            Assert.True(string.IsNullOrWhiteSpace(script.Groups["body"].Value), $"inline script: {script.Value}");
        }
        Assert.DoesNotMatch(InlineHandler(), page);
        Assert.DoesNotContain("javascript:", page, StringComparison.OrdinalIgnoreCase);
    }

    private static string Header(HttpResponseMessage response, string name, string address) =>
        response.Headers.TryGetValues(name, out var values) || response.Content.Headers.TryGetValues(name, out values)
            ? string.Join(", ", values)
            : throw new Xunit.Sdk.XunitException($"{address} ({(int)response.StatusCode}) has no {name} header");

    private static Dictionary<string, string[]> Directives(string policy) =>
        policy.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(directive => directive.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            .ToDictionary(parts => parts[0], parts => parts[1..]);

    [GeneratedRegex("""(?:src|href)="(?<path>/assets/[^"]+)""")]
    private static partial Regex AssetReference();

    [GeneratedRegex("""<script(?<attributes>[^>]*)>(?<body>.*?)</script>""", RegexOptions.Singleline | RegexOptions.IgnoreCase)]
    private static partial Regex ScriptTag();

    [GeneratedRegex(@"\ssrc=""/[^""]+\.js""")]
    private static partial Regex SourceAttribute();

    [GeneratedRegex("""<[^>]+\son[a-z]+\s*=""", RegexOptions.IgnoreCase)]
    private static partial Regex InlineHandler();
}
