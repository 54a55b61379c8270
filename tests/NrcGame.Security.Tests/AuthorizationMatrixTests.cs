using System.Net;
using System.Reflection;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Client;
using NrcGame.WebClient;
using NrcGame.WebClient.Access;

namespace NrcGame.Security.Tests;

/// <summary>
/// Every HTTP endpoint and every hub method of the running app × every <see cref="Caller"/>:
/// the verdict expected from the policy the endpoint declares (<see cref="ExpectedAccess"/>) is
/// the one the app gives. Endpoints are found at run time, so a new endpoint is covered the day it
/// is mapped — and one that declares no policy (nor reviewed anonymous access) fails the test.
/// </summary>
public sealed class AuthorizationMatrixTests(NrcGameFactory app) : IClassFixture<NrcGameFactory>
{
    /// <summary>
    /// The endpoints anyone may call, reviewed one by one: the scenario catalogue (public files),
    /// creating a game or a tournament or importing a scenario (rate-limited), exchanging a key or a join code for a
    /// token (rate-limited), a tournament's leaderboard (public, read-only: names and scores), and the fallbacks (French 404 for an unknown API address, the browser app).
    /// </summary>
    private static readonly string[] ReviewedAnonymous =
    [
        "GET /api/scenarios",
        "GET /api/scenarios/{scenarioId}",
        "POST /api/scenarios",
        "POST /api/games",
        "POST /api/sessions/teacher",
        "POST /api/sessions/team",
        "POST /api/sessions/tournament",
        "POST /api/tournaments",
        "GET /api/tournaments/{tournamentId}/leaderboard",
        "GET /api/{*path:nonfile}",
        "GET /{*path:nonfile}",
        "HEAD /{*path:nonfile}",
    ];

    [Fact]
    public void Every_endpoint_declares_a_reviewed_policy_or_reviewed_anonymous_access()
    {
        var endpoints = HttpEndpoint.All(app.Services);
        Assert.Contains(endpoints, endpoint => endpoint.Name == "PUT /api/games/{gameId}/firms/{firmId}/decisions/{turn:int}");
        var holes = endpoints
            .Where(endpoint => endpoint.IsAnonymous
                ? !ReviewedAnonymous.Contains(endpoint.Name)
                : !endpoint.IsHub && ExpectedAccess.Allows(ExpectedAccess.OnGameAFirmX, endpoint.Policies, Caller.TeacherOfTheGame) is null)
            .Select(endpoint => $"{endpoint.Name} (politiques : [{string.Join(", ", endpoint.Policies)}], anonyme : {endpoint.IsAnonymous})")
            .ToList();
        Assert.True(holes.Count == 0,
            "Endpoints without a reviewed access policy (name one of GameAccessPolicies, or review the anonymous access):\n" + string.Join('\n', holes));
    }

    /// <summary>
    /// The console's endpoints that read every firm's private figures or change the market: the teacher of the game
    /// only — its own teacher, or the teacher of the tournament it is a market of — so the matrix below expects 403
    /// for students, the projector and other teachers (of another game or another tournament).
    /// </summary>
    [Theory]
    [InlineData("POST /api/games/{gameId}/parameters/preview")]
    [InlineData("POST /api/games/{gameId}/parameters")]
    [InlineData("GET /api/games/{gameId}/server-addresses")]
    public void A_console_endpoint_is_for_the_teacher_of_the_game_only(string name)
    {
        var endpoint = Assert.Single(HttpEndpoint.All(app.Services), candidate => candidate.Name == name);
        Assert.False(endpoint.IsAnonymous);
        Assert.Equal([Caller.TeacherOfTheGame, Caller.TeacherOfTheTournament], Enum.GetValues<Caller>().Where(caller => ExpectedAccess.Allows(ExpectedAccess.OnGameAFirmX, endpoint.Policies, caller) == true));
    }

    [Fact]
    public async Task Every_endpoint_lets_in_exactly_the_callers_its_policy_names_and_refuses_the_others_in_french()
    {
        var cast = await Cast.AssembleAsync(app);
        var endpoints = HttpEndpoint.All(app.Services).Where(endpoint => !endpoint.IsAnonymous).ToList();
        var wrong = new List<string>();
        // Refusals first: they must change nothing, so the allowed calls that follow see the game as set up.
        foreach (var caller in Enum.GetValues<Caller>())
            foreach (var endpoint in endpoints.Where(endpoint => !Expected(endpoint, caller)))
                wrong.AddRange(await RefusalProblems(cast, endpoint, caller));
        // Then the allowed calls, the ones that remove a whole game last.
        foreach (var endpoint in endpoints.OrderBy(endpoint => endpoint.Method == "DELETE" && endpoint.Pattern.EndsWith("{gameId}", StringComparison.Ordinal)))
            foreach (var caller in Enum.GetValues<Caller>().Where(caller => Expected(endpoint, caller)))
            {
                var response = await Send(cast, endpoint, caller);
                var status = (int)response.StatusCode;
                if (status is 401 or 403 or >= 500)
                    wrong.Add($"{endpoint.Name} as {caller}: expected to be let in, got {status} {await response.Content.ReadAsStringAsync()}");
            }
        Assert.True(wrong.Count == 0, string.Join('\n', wrong));
        Assert.Empty(app.Logs.Failures);
    }

    [Fact]
    public async Task Every_hub_method_lets_in_exactly_the_callers_its_policy_names()
    {
        var cast = await Cast.AssembleAsync(app);
        var methods = HubMethods();
        Assert.Contains(methods, method => method.Name == nameof(GameHub.EditDraft));
        var anonymousNegotiation = await cast.ClientOf(Caller.Anonymous).PostAsync($"{GameHub.Path}/negotiate?negotiateVersion=1", null);
        Assert.Equal(HttpStatusCode.Unauthorized, anonymousNegotiation.StatusCode);

        var wrong = new List<string>();
        foreach (var caller in Enum.GetValues<Caller>().Where(caller => caller != Caller.Anonymous))
        {
            await using var hub = await cast.HubOf(caller);
            foreach (var method in methods)
            {
                var policy = method.GetCustomAttribute<HubPolicyAttribute>()?.Policy;
                var targetsGameA = method.GetParameters().Any(parameter => parameter.Name is "gameId" or "tournamentId");
                var expected = policy is null ? null
                    : ExpectedAccess.Allows(targetsGameA ? ExpectedAccess.OnGameAFirmX : ExpectedAccess.OnCallersOwn, [policy], caller);
                if (expected is null)
                {
                    wrong.Add($"{method.Name}: no reviewed [HubPolicy] (policy « {policy} »)");
                    continue;
                }
                var refusal = await RefusalOf(hub, method, cast);
                if (expected.Value && refusal is not null) wrong.Add($"{method.Name} as {caller}: expected to be let in, refused with « {refusal} »");
                if (!expected.Value && refusal != GameAccessHubFilter.Refused) wrong.Add($"{method.Name} as {caller}: expected the French refusal, got « {refusal ?? "accepted"} »");
            }
        }
        Assert.True(wrong.Count == 0, string.Join('\n', wrong));
    }

    [Fact]
    public async Task A_forged_or_foreign_token_is_refused_like_no_token()
    {
        var cast = await Cast.AssembleAsync(app);
        var forged = await app.WithToken(cast.TokenOf(Caller.TeacherOfTheGame) + "x").GetAsync($"/api/games/{cast.GameId}");
        Assert.Equal(HttpStatusCode.Unauthorized, forged.StatusCode);
        await AssertFrenchErrorOnly(forged, "forged token");
    }

    private static bool Expected(HttpEndpoint endpoint, Caller caller) => endpoint.IsHub
        ? caller != Caller.Anonymous
        : ExpectedAccess.Allows(ExpectedAccess.OnGameAFirmX, endpoint.Policies, caller)
            ?? throw new InvalidOperationException($"{endpoint.Name} declares no reviewed policy (see the first test).");

    private static async Task<HttpResponseMessage> Send(Cast cast, HttpEndpoint endpoint, Caller caller)
    {
        using var request = new HttpRequestMessage(new HttpMethod(endpoint.Method), endpoint.UrlFor(cast.GameId, cast.FirmId, cast.TournamentId));
        if (endpoint.Method is "POST" or "PUT" or "PATCH") request.Content = new StringContent("{}", Encoding.UTF8, "application/json");
        return await cast.ClientOf(caller).SendAsync(request);
    }

    private static async Task<IEnumerable<string>> RefusalProblems(Cast cast, HttpEndpoint endpoint, Caller caller)
    {
        var response = await Send(cast, endpoint, caller);
        var expectedStatus = caller == Caller.Anonymous ? HttpStatusCode.Unauthorized : HttpStatusCode.Forbidden;
        if (response.StatusCode != expectedStatus)
            return [$"{endpoint.Name} as {caller}: expected {(int)expectedStatus}, got {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}"];
        if (endpoint.IsHub) return [];
        var problem = await FrenchErrorOnlyProblem(response);
        return problem is null ? [] : [$"{endpoint.Name} as {caller}: {problem}"];
    }

    private static async Task AssertFrenchErrorOnly(HttpResponseMessage response, string what)
    {
        var problem = await FrenchErrorOnlyProblem(response);
        Assert.True(problem is null, $"{what}: {problem}");
    }

    /// <summary>A refusal carries a French title and nothing else: no data of the game leaks.</summary>
    private static async Task<string?> FrenchErrorOnlyProblem(HttpResponseMessage response)
    {
        var body = await response.Content.ReadAsStringAsync();
        if (JsonNode.Parse(body) is not JsonObject error) return $"the refusal is not a JSON error: {body}";
        var properties = error.Select(property => property.Key).Order().ToList();
        if (!properties.SequenceEqual(["errors", "title"]) || error["errors"]!.AsArray().Count != 0)
            return $"the refusal carries more than a title: {body}";
        var title = error["title"]!.GetValue<string>();
        return title.Contains("Connexion requise", StringComparison.Ordinal) || title.Contains("Accès refusé", StringComparison.Ordinal)
            ? null
            : $"the refusal does not say, in French, that access is refused: {title}";
    }

    /// <summary>The public methods of the hub that clients can invoke (not the connection life-cycle overrides).</summary>
    private static IReadOnlyList<MethodInfo> HubMethods() =>
        [.. typeof(GameHub).GetMethods(BindingFlags.Public | BindingFlags.Instance)
            .Where(method => method.DeclaringType == typeof(GameHub) && !method.IsSpecialName
                && method.GetBaseDefinition().DeclaringType == typeof(GameHub))];

    /// <summary>Invokes <paramref name="method"/> with plausible arguments; the refusal's message, or null when let in.</summary>
    private static async Task<string?> RefusalOf(HubConnection hub, MethodInfo method, Cast cast)
    {
        var arguments = method.GetParameters().Select(parameter => (object?)(parameter switch
        {
            { Name: "gameId" } => cast.GameId,
            { Name: "firmId" } => cast.FirmId,
            { Name: "tournamentId" } => cast.TournamentId,
            { ParameterType: var type } when type == typeof(int) => 1,
            { ParameterType: var type } when type == typeof(string) => "\"essai\"",
            { ParameterType: var type } => type.IsValueType ? Activator.CreateInstance(type) : null,
        })).ToArray();
        try
        {
            await hub.InvokeCoreAsync(method.Name, typeof(object), arguments);
            return null;
        }
        catch (HubException exception)
        {
            return exception.Message.Contains(GameAccessHubFilter.Refused, StringComparison.Ordinal) ? GameAccessHubFilter.Refused : null;
        }
    }
}
