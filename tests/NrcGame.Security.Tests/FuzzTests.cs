using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Client;
using NrcGame.Grains.Firms;

namespace NrcGame.Security.Tests;

/// <summary>
/// More than 10,000 random and malformed inputs, from a fixed seed: decisions, scenario files,
/// hub messages, and the bodies of the other commands. None may give a server error (HTTP 5xx or
/// a hub failure), none may log an unhandled exception, and the game's observable state — the
/// public view, every firm's decisions, draft, results and history, the audit log, the scenario
/// library — is exactly what it was whenever a batch of inputs was refused in full.
/// </summary>
public sealed class FuzzTests(FuzzedApp fuzzed) : IClassFixture<FuzzedApp>
{
    private const int Seed = 20261202;
    private const int BatchSize = 100;
    private NrcGameFactory App => fuzzed.App;

    [Fact]
    public async Task Four_thousand_malformed_decisions_are_refused_in_french_and_change_nothing()
    {
        var cast = await Cast.AssembleAsync(App);
        var mutator = new JsonMutator(Seed);
        var student = cast.ClientOf(Caller.StudentOfTheFirm);
        var valid = (await Cast.Ok(await student.GetAsync($"/api/games/{cast.GameId}/firms/{cast.FirmId}/decisions")))["decisions"]!;
        await FuzzAsync(cast, "decision", 4000, async _ =>
        {
            var turn = mutator.Pick([1, 1, 1, 1, 0, 2, -1, 99, int.MaxValue]);
            using var content = new StringContent(mutator.Mutate(valid), Encoding.UTF8, "application/json");
            return await Answer(await student.PutAsync($"/api/games/{cast.GameId}/firms/{cast.FirmId}/decisions/{turn}", content));
        });
    }

    [Fact]
    public async Task Fifteen_hundred_malformed_scenario_files_are_refused_and_add_nothing_to_the_library()
    {
        var cast = await Cast.AssembleAsync(App);
        var mutator = new JsonMutator(Seed + 1);
        var anonymous = cast.ClientOf(Caller.Anonymous);
        var shipped = JsonNode.Parse(await anonymous.GetStringAsync("/api/scenarios/marche-standard"))!;
        await FuzzAsync(cast, "scenario", 1500, async _ =>
        {
            var name = mutator.Pick(["essai.json", "../../etc/passwd", "", "ΩΩ.json", new string('a', 300), "con.json", ".json"]);
            using var content = new StringContent(mutator.Mutate(shipped), Encoding.UTF8, "application/json");
            return await Answer(await anonymous.PostAsync($"/api/scenarios?fichier={Uri.EscapeDataString(name)}", content));
        });
    }

    [Fact]
    public async Task Three_thousand_five_hundred_malformed_hub_messages_are_refused_and_change_nothing()
    {
        var cast = await Cast.AssembleAsync(App);
        var mutator = new JsonMutator(Seed + 2);
        var valid = (await Cast.Ok(await cast.ClientOf(Caller.StudentOfTheFirm).GetAsync($"/api/games/{cast.GameId}/firms/{cast.FirmId}/draft")))["decisions"]!;
        var paths = JsonMutator.LeafPaths(valid);
        await using var student = await cast.HubOf(Caller.StudentOfTheFirm);
        await using var teacher = await cast.HubOf(Caller.TeacherOfTheGame);
        await FuzzAsync(cast, "hub message", 3500, async _ =>
        {
            var hub = mutator.Pick([student, student, student, teacher]);
            var method = mutator.Pick(["EditDraft", "EditDraft", "EditDraft", "EditDraft", "editdraft", "ResolveTurn", "OnConnectedAsync", "Dispose", " "]);
            object?[] arguments = mutator.Pick([0, 0, 0, 1, 2]) switch
            {
                0 => [mutator.OddNumber(), mutator.OddPath(paths), mutator.OddValue()?.ToJsonString() ?? mutator.Garbage()],
                1 => [mutator.OddPath(paths), mutator.OddNumber()],
                _ => [mutator.OddNumber(), mutator.OddPath(paths), mutator.OddValue()?.ToJsonString(), "de trop"],
            };
            try
            {
                var result = await hub.InvokeCoreAsync<DraftEditResult>(method, arguments);
                return result.Error is null ? (200, "accepted") : (400, result.Error);
            }
            catch (HubException exception) when (!exception.Message.Contains("unexpected error", StringComparison.OrdinalIgnoreCase)
                || exception.Message.Contains(NrcGame.WebClient.Access.GameAccessHubFilter.Refused, StringComparison.Ordinal))
            {
                return (400, exception.Message);
            }
            catch (HubException exception)
            {
                return (500, $"{method}({string.Join(", ", arguments)}): {exception.Message}");
            }
        });
    }

    [Fact]
    public async Task A_thousand_malformed_bodies_of_the_other_commands_never_give_a_server_error()
    {
        var cast = await Cast.AssembleAsync(App);
        var mutator = new JsonMutator(Seed + 3);
        var targets = new (Caller Caller, string Method, string Url, JsonNode Valid)[]
        {
            (Caller.Anonymous, "POST", "/api/games", new JsonObject { ["scenarioId"] = "marche-standard", ["title"] = "Classe", ["teamNames"] = new JsonArray("A", "B") }),
            (Caller.Anonymous, "POST", "/api/sessions/team", new JsonObject { ["joinCode"] = "ABCD-EFGH-IJKL-MN", ["displayName"] = "Camille" }),
            (Caller.Anonymous, "POST", "/api/sessions/teacher", new JsonObject { ["gameId"] = cast.GameId, ["teacherKey"] = "faux" }),
            (Caller.StudentOfTheFirm, "POST", $"/api/games/{cast.GameId}/firms/{cast.FirmId}/what-if", new JsonObject { ["turn"] = 1, ["path"] = "pricing.listPrice.B2C_GP", ["value"] = "18" }),
            (Caller.TeacherOfTheGame, "PUT", $"/api/games/{cast.GameId}/countdown", new JsonObject { ["minutes"] = 10 }),
            (Caller.TeacherOfTheGame, "POST", $"/api/games/{cast.GameId}/countdown/extend", new JsonObject { ["minutes"] = 5 }),
            (Caller.TeacherOfTheGame, "POST", $"/api/games/{cast.GameId}/parameters", new JsonObject
            {
                ["changes"] = new JsonArray(new JsonObject { ["path"] = "segments[B2C_GP].parameters.priceExponent", ["operation"] = "Multiply", ["value"] = 1.1 }),
                ["reason"] = "Essai",
            }),
        };
        await FuzzAsync(cast, "command body", 1000, async _ =>
        {
            var (caller, method, url, valid) = mutator.Pick(targets);
            using var request = new HttpRequestMessage(new HttpMethod(method), url) { Content = new StringContent(mutator.Mutate(valid), Encoding.UTF8, "application/json") };
            return await Answer(await cast.ClientOf(caller).SendAsync(request));
        });
    }

    /// <summary>
    /// Sends <paramref name="count"/> inputs; every <see cref="BatchSize"/> inputs, compares the game's
    /// observable state with the one before the batch when the whole batch was refused.
    /// </summary>
    private async Task FuzzAsync(Cast cast, string what, int count, Func<int, Task<(int Status, string Detail)>> send)
    {
        var failures = new List<string>();
        var logsBefore = App.Logs.Entries.Count;
        var statuses = new SortedDictionary<int, int>();
        var before = await ObservableStateAsync(cast);
        var accepted = 0;
        for (var i = 0; i < count; i++)
        {
            var (status, detail) = await send(i);
            statuses[status] = statuses.GetValueOrDefault(status) + 1;
            if (status >= 500) failures.Add($"{what} #{i}: {status} {detail}");
            if (status is >= 200 and < 300) accepted++;
            if ((i + 1) % BatchSize != 0 && i != count - 1) continue;
            var after = await ObservableStateAsync(cast);
            if (accepted == 0 && after != before) failures.Add($"{what}s #{i + 1 - BatchSize}–#{i}: all refused, yet the game changed");
            (before, accepted) = (after, 0);
        }
        var summary = $"{count} {what}s, answers: {string.Join(", ", statuses.Select(pair => $"{pair.Key}×{pair.Value}"))}";
        var logged = App.Logs.Failures.Where(entry => App.Logs.Entries.ToList().IndexOf(entry) >= logsBefore).ToList();
        var causes = logged.Select(entry => entry.Exception is { } exception ? $"{exception.GetType().Name}: {exception.Message} {OurFrames(exception)}" : entry.Message).Distinct();
        Assert.True(failures.Count == 0, summary + "\n" + string.Join('\n', failures.Take(20)) + "\nLogged:\n" + string.Join('\n', causes.Take(10)));
        Assert.True(statuses.Where(pair => pair.Key is >= 400 and < 500).Sum(pair => pair.Value) > count / 2, $"most inputs should be refused: {summary}");
        Assert.True(logged.Count == 0, string.Join('\n', logged.Take(5)));
    }

    private static string OurFrames(Exception exception) =>
        string.Join(" ← ", (exception.ToString().Split('\n')).Where(line => line.Contains("at NrcGame.", StringComparison.Ordinal)).Take(3).Select(line => line.Trim()));

    /// <summary>What anyone can observe of game A through the API (as its teacher), plus the scenario library.</summary>
    private static async Task<string> ObservableStateAsync(Cast cast)
    {
        var teacher = cast.ClientOf(Caller.TeacherOfTheGame);
        var game = $"/api/games/{cast.GameId}";
        var addresses = new List<string> { game, $"{game}/audit", "/api/scenarios" };
        foreach (var firm in new[] { cast.FirmId, cast.OtherFirmId })
            addresses.AddRange(new[] { "decisions", "draft", "results", "history" }.Select(part => $"{game}/firms/{firm}/{part}"));
        var state = new StringBuilder();
        foreach (var address in addresses) state.Append(address).Append('\n').Append(await teacher.GetStringAsync(address)).Append('\n');
        return state.ToString();
    }

    private static async Task<(int Status, string Detail)> Answer(HttpResponseMessage response) =>
        ((int)response.StatusCode, await response.Content.ReadAsStringAsync());
}
