using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.SignalR;
using Xunit.Abstractions;

namespace NrcGame.Cluster.Tests;

/// <summary>
/// PostgreSQL stops in the middle of a turn on a real cluster: students and teacher get a clear French
/// answer (503, never a 500 or a stack trace) and nothing half-done is stored; when PostgreSQL is back,
/// without restarting any silo or front-end, the same actions succeed and the results are intact.
/// </summary>
public sealed class DatabaseOutageTests(ITestOutputHelper output)
{
    private const string OutageMessage = "La base de données est momentanément indisponible, réessayez dans un instant.";
    private const decimal AlphaPrice = 18.75m;
    private const decimal BravoPrice = 16.25m;

    [Fact]
    public async Task A_database_outage_answers_503_in_French_changes_nothing_and_the_same_actions_succeed_when_it_is_back()
    {
        await using var cluster = await TestCluster.StartAsync();
        try
        {
            await PlayThroughOutageAsync(cluster);
        }
        catch (Xunit.Sdk.XunitException)
        {
            output.WriteLine($"Process output:\n{cluster.Output}");
            throw;
        }
        catch (Exception exception)
        {
            throw new InvalidOperationException($"{exception.Message}\nProcess output:\n{cluster.Output}", exception);
        }
    }

    private async Task PlayThroughOutageAsync(TestCluster cluster)
    {
        var created = await ApiJson.PostAnonymousAsync(cluster.FrontEndUrl(0), "/api/games",
            new { scenarioId = "marche-standard", title = "Panne", teamNames = new[] { "Alpha", "Bravo" } });
        var gameId = created["gameId"]!.GetValue<string>();
        var teams = created["teams"]!.AsArray().Select(team => (FirmId: team!["firmId"]!.GetValue<string>(), Code: team["joinCode"]!.GetValue<string>())).ToArray();
        await using var teacher = await Participant.ConnectAsync("teacher (front-end 1)", cluster.FrontEndUrl(1), created["teacherToken"]!.GetValue<string>());
        await using var alpha = await JoinAsync(cluster, 0, teams[0].Code);
        await using var bravo = await JoinAsync(cluster, 1, teams[1].Code);
        await teacher.PostAsync($"/api/games/{gameId}/start", new { minutes = (int?)null });
        var alphaFirm = $"/api/games/{gameId}/firms/{teams[0].FirmId}";
        var bravoFirm = $"/api/games/{gameId}/firms/{teams[1].FirmId}";

        // Before the outage Bravo submits; Alpha only saves a draft field.
        await bravo.PutAsync($"{bravoFirm}/decisions/1", await DecisionsAsync(bravo, bravoFirm, BravoPrice));
        await alpha.InvokeAsync("EditDraft", 1, "remuneration.commissionRate", "0.065");
        var alphaDecisions = await DecisionsAsync(alpha, alphaFirm, AlphaPrice);

        await cluster.Postgres.StopAsync();
        output.WriteLine("PostgreSQL stopped.");

        await AssertOutageAnswerAsync(await alpha.Http.PutAsJsonAsync($"{alphaFirm}/decisions/1", alphaDecisions), "During the outage Alpha's submission");
        await AssertOutageAnswerAsync(await teacher.Http.PostAsync($"/api/games/{gameId}/turns/current/resolve", null), "During the outage the teacher's resolve");
        var refusedEdit = await Assert.ThrowsAsync<HubException>(() => alpha.InvokeAsync("EditDraft", 1, "remuneration.commissionRate", "0.07"));
        Assert.Contains(OutageMessage, refusedEdit.Message);

        await cluster.Postgres.StartAgainAsync();
        output.WriteLine("PostgreSQL started again on the same data and port.");

        // Nothing half-done: the turn is still open, Alpha's submission was not stored, Bravo's still is.
        var game = await teacher.GetAsync($"/api/games/{gameId}");
        Assert.Equal(0, game["lastResolvedTurn"]!.GetValue<int>());
        Assert.Equal(1, game["currentTurn"]!.GetValue<int>());
        Assert.False((await alpha.GetAsync($"{alphaFirm}/decisions"))["submitted"]!.GetValue<bool>());
        Assert.DoesNotContain((await alpha.GetAsync($"{alphaFirm}/history")).AsArray(), record => record!["action"]!.GetValue<string>() == "Submitted");
        Assert.True((await bravo.GetAsync($"{bravoFirm}/decisions"))["submitted"]!.GetValue<bool>());
        Assert.Equal(0.065m, (await alpha.GetAsync($"{alphaFirm}/draft"))["decisions"]!["remuneration"]!["commissionRate"]!.GetValue<decimal>());

        // The same actions, without restarting anything.
        await UntilDatabaseAnswersAsync("Alpha's submission", () => alpha.Http.PutAsJsonAsync($"{alphaFirm}/decisions/1", alphaDecisions),
            alreadyDone: () => Task.FromResult(false));
        // A resolve is not idempotent (it resolves the current turn): as the console does, the teacher looks at
        // the game before sending it again, since a resolve interrupted by the outage is finished when the game reloads.
        await UntilDatabaseAnswersAsync("the teacher's resolve", () => teacher.Http.PostAsync($"/api/games/{gameId}/turns/current/resolve", null),
            alreadyDone: async () => (await teacher.GetAsync($"/api/games/{gameId}"))["lastResolvedTurn"]!.GetValue<int>() >= 1);

        var resolved = await teacher.GetAsync($"/api/games/{gameId}");
        Assert.Equal(1, resolved["lastResolvedTurn"]!.GetValue<int>());
        Assert.Equal(2, resolved["currentTurn"]!.GetValue<int>());
        foreach (var (student, firm, price) in new[] { (alpha, alphaFirm, AlphaPrice), (bravo, bravoFirm, BravoPrice) })
        {
            var result = Assert.Single((await student.GetAsync($"{firm}/results")).AsArray())!;
            Assert.Equal(1, result["turn"]!.GetValue<int>());
            var submitted = Assert.Single((await student.GetAsync($"{firm}/history")).AsArray(), record => record!["action"]!.GetValue<string>() == "Submitted")!;
            Assert.Equal(1, submitted["turn"]!.GetValue<int>());
            Assert.Equal(price, submitted["decisions"]!["pricing"]!["listPrice"]!["B2C_GP"]!.GetValue<decimal>());
        }
    }

    private static async Task<Participant> JoinAsync(TestCluster cluster, int frontEnd, string joinCode)
    {
        var grant = await ApiJson.PostAnonymousAsync(cluster.FrontEndUrl(frontEnd), "/api/sessions/team", new { joinCode, displayName = "Élève" });
        return await Participant.ConnectAsync($"student {joinCode} (front-end {frontEnd})", cluster.FrontEndUrl(frontEnd), grant["token"]!.GetValue<string>());
    }

    private static async Task<JsonNode> DecisionsAsync(Participant student, string firm, decimal listPrice)
    {
        var decisions = (await student.GetAsync($"{firm}/decisions"))["decisions"]!.DeepClone();
        decisions["pricing"]!["listPrice"]!["B2C_GP"] = listPrice;
        return decisions;
    }

    /// <summary>The answer during the outage: 503 with the French message as its title, no stack trace.</summary>
    private async Task AssertOutageAnswerAsync(HttpResponseMessage response, string what)
    {
        using (response)
        {
            var body = await response.Content.ReadAsStringAsync();
            output.WriteLine($"{what} answered {(int)response.StatusCode}: {body}");
            Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
            Assert.Equal(OutageMessage, JsonNode.Parse(body)!["title"]!.GetValue<string>());
            Assert.DoesNotContain("Exception", body);
            Assert.DoesNotContain("Npgsql", body);
        }
    }

    /// <summary>
    /// Sends <paramref name="send"/> until it succeeds or, after a refusal, <paramref name="alreadyDone"/> says it took
    /// effect: while the connection pools drop the connections the stopped server closed, an answer may still be the
    /// outage's 503 (and only that) for at most <see cref="Retry.Bound"/>.
    /// </summary>
    private async Task UntilDatabaseAnswersAsync(string what, Func<Task<HttpResponseMessage>> send, Func<Task<bool>> alreadyDone)
    {
        var deadline = DateTime.UtcNow + Retry.Bound;
        for (var attempt = 1; ; attempt++)
        {
            var response = await send();
            if (response.IsSuccessStatusCode)
            {
                output.WriteLine($"After the restart {what} succeeded at attempt {attempt}.");
                response.Dispose();
                return;
            }

            await AssertOutageAnswerAsync(response, $"{what} (attempt {attempt} after the restart)");
            if (await alreadyDone())
            {
                output.WriteLine($"After the restart {what} had taken effect despite the 503 of attempt {attempt}.");
                return;
            }

            if (DateTime.UtcNow >= deadline) throw new TimeoutException($"{what} still answered 503 {Retry.Bound} after PostgreSQL came back.");
            await Task.Delay(TimeSpan.FromMilliseconds(250));
        }
    }
}
