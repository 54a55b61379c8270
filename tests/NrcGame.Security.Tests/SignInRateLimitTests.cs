using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace NrcGame.Security.Tests;

/// <summary>
/// Guessing join codes or teacher keys is slowed down per client address: past the allowed attempts
/// per minute, even a right code is answered « patientez » in French until the minute is over.
/// </summary>
public sealed class SignInRateLimitTests : IDisposable
{
    private const int AttemptsPerMinute = 5;

    private readonly NrcGameFactory app = NrcGameFactory.With(new Dictionary<string, string> { ["NrcGame:JoinAttemptsPerMinute"] = $"{AttemptsPerMinute}" });

    [Fact]
    public async Task Past_the_allowed_attempts_per_minute_sign_ins_are_refused_in_french_even_with_a_right_code()
    {
        var client = app.CreateClient();
        var created = JsonNode.Parse(await (await client.PostAsJsonAsync("/api/games",
            new { scenarioId = "marche-standard", title = "Classe", teamNames = new[] { "A", "B" } })).Content.ReadAsStringAsync())!;
        var rightCode = created["teams"]![0]!["joinCode"]!.GetValue<string>();

        var statuses = new List<HttpStatusCode>();
        for (var attempt = 1; attempt < AttemptsPerMinute; attempt++)
            statuses.Add((await client.PostAsJsonAsync("/api/sessions/team", new { joinCode = $"AAAA-BBBB-CCCC-{attempt:00}", displayName = "Devin" })).StatusCode);
        var limited = await client.PostAsJsonAsync("/api/sessions/team", new { joinCode = rightCode, displayName = "Camille" });
        var teacherLimited = await client.PostAsJsonAsync("/api/sessions/teacher", new { gameId = created["gameId"]!.GetValue<string>(), teacherKey = created["teacherKey"]!.GetValue<string>() });

        Assert.All(statuses, status => Assert.Equal(HttpStatusCode.BadRequest, status));
        Assert.Equal(HttpStatusCode.TooManyRequests, limited.StatusCode);
        Assert.Contains("patientez une minute", await limited.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.TooManyRequests, teacherLimited.StatusCode);
    }

    public void Dispose() => app.Dispose();
}
