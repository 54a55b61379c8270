using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.Extensions.DependencyInjection;
using NrcGame.Grains.Tournaments;
using NrcGame.WebClient;

namespace NrcGame.Tournament.Tests;

/// <summary>
/// The tournament's HTTP API and live leaderboard in the running app: real SignalR clients (the tournament's teacher and a
/// student of one market) receive the leaderboard after a resolve-all; bad input gets a French message naming the field.
/// </summary>
public sealed class TournamentApiTests(NrcGameFactory app) : IClassFixture<NrcGameFactory>
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };

    private static object Markets(int count) =>
        Enumerable.Range(1, count).Select(number => new { teamNames = new[] { $"Classe {number} — Alpha", $"Classe {number} — Bêta" } }).ToArray();

    private static object Tournament(int markets, string scenarioId = "marche-standard") => new
    {
        scenarioId, title = "Tournoi du lycée", markets = Markets(markets),
        bots = new[] { new { strategy = "Discounter", difficulty = "Normal" }, new { strategy = "BalancedFollower", difficulty = "Easy" } },
    };

    private HubConnection Hub(string token) =>
        new HubConnectionBuilder()
            .WithUrl(new Uri(app.Server.BaseAddress, GameHub.Path), options =>
            {
                options.HttpMessageHandlerFactory = _ => app.Server.CreateHandler();
                options.AccessTokenProvider = () => Task.FromResult<string?>(token);
                options.Transports = Microsoft.AspNetCore.Http.Connections.HttpTransportType.LongPolling;
            })
            .AddJsonProtocol(json => json.PayloadSerializerOptions = Json)
            .Build();

    [Fact]
    public async Task The_teacher_and_a_student_of_a_market_receive_the_leaderboard_live_after_a_resolve_all()
    {
        var anonymous = app.CreateClient();
        var created = await Ok(await anonymous.PostAsJsonAsync("/api/tournaments", Tournament(3)));
        var tournamentId = created["tournamentId"]!.GetValue<string>();
        var code = created["markets"]![1]!["teams"]![0]!["joinCode"]!.GetValue<string>();
        var student = (await Ok(await anonymous.PostAsJsonAsync("/api/sessions/team", new { joinCode = code, displayName = "Inès" })))["token"]!.GetValue<string>();
        var teacherToken = created["teacherToken"]!.GetValue<string>();
        var teacher = app.WithToken(teacherToken);

        var received = new List<TaskCompletionSource<TournamentLeaderboard>>();
        var connections = new List<HubConnection>();
        foreach (var token in new[] { teacherToken, student })
        {
            var resolved = new TaskCompletionSource<TournamentLeaderboard>(TaskCreationOptions.RunContinuationsAsynchronously);
            var hub = Hub(token);
            hub.On<TournamentLeaderboard>(GameHub.LeaderboardChanged, leaderboard =>
            {
                if (leaderboard.Markets.All(market => market.LastResolvedTurn == 1)) resolved.TrySetResult(leaderboard);
            });
            await hub.StartAsync();
            var current = await hub.InvokeAsync<TournamentLeaderboard>(nameof(GameHub.WatchTournament), tournamentId);
            Assert.All(current.Markets, market => Assert.Equal(0, market.LastResolvedTurn));
            received.Add(resolved);
            connections.Add(hub);
        }

        (await teacher.PostAsJsonAsync($"/api/tournaments/{tournamentId}/start-all", new { minutes = (int?)null })).EnsureSuccessStatusCode();
        var answer = await Ok(await teacher.PostAsync($"/api/tournaments/{tournamentId}/resolve-all", null));
        Assert.Equal(12, answer["ranking"]!.AsArray().Count);

        foreach (var resolved in received)
        {
            var leaderboard = await resolved.Task.WaitAsync(TimeSpan.FromSeconds(60));
            Assert.Equal(tournamentId, leaderboard.TournamentId);
            Assert.Equal(12, leaderboard.Ranking.Count);
            Assert.Equal(3, leaderboard.Ranking.Select(team => team.MarketId).Distinct().Count());
            Assert.Contains(leaderboard.Ranking, team => team.Name == "Classe 2 — Alpha" && team.MarketRank is >= 1 and <= 4);
        }
        foreach (var hub in connections) await hub.DisposeAsync();

        var publicView = await Ok(await anonymous.GetAsync($"/api/tournaments/{tournamentId}/leaderboard"));
        Assert.Equal(12, publicView["ranking"]!.AsArray().Count);
        Assert.DoesNotContain("joinCode", publicView.ToJsonString(), StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("teacherKey", publicView.ToJsonString(), StringComparison.OrdinalIgnoreCase);
        Assert.Empty(app.Logs.Failures);
    }

    [Theory]
    [InlineData(0, "marche-standard", "markets", "Nombre de marchés : 0 est hors de la plage autorisée (2 à 8).")]
    [InlineData(9, "marche-standard", "markets", "Nombre de marchés : 9 est hors de la plage autorisée (2 à 8).")]
    [InlineData(3, "marche-inconnu", "scenarioId", "Scénario : choisissez un des scénarios proposés.")]
    public async Task Bad_input_gets_a_french_message_naming_the_field(int markets, string scenarioId, string field, string message)
    {
        var response = await app.CreateClient().PostAsJsonAsync("/api/tournaments", Tournament(markets, scenarioId));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var error = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.Equal("Saisie refusée : rien n'a été modifié.", error["title"]!.GetValue<string>());
        var only = Assert.Single(error["errors"]!.AsArray());
        Assert.Equal(field, only!["field"]!.GetValue<string>());
        Assert.Equal(message, only["message"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_bad_team_name_is_named_with_its_market_and_no_market_is_created()
    {
        var body = new
        {
            scenarioId = "marche-standard", title = "Tournoi du lycée",
            markets = new[] { new { teamNames = new[] { "Alpha", "Bêta" } }, new { teamNames = new[] { "Gamma", " " } } },
        };
        var response = await app.CreateClient().PostAsJsonAsync("/api/tournaments", body);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var only = Assert.Single(JsonNode.Parse(await response.Content.ReadAsStringAsync())!["errors"]!.AsArray());
        Assert.Equal("markets[1].teamNames[1]", only!["field"]!.GetValue<string>());
        Assert.Equal("Marché 2 — Nom de l'équipe 2 : obligatoire.", only["message"]!.GetValue<string>());

        var grains = app.Services.GetRequiredService<IGrainFactory>();
        var refused = grains.GetGrain<ITournamentGrain>("refusedtour");
        var creation = await refused.Create(new TournamentSetup("Tournoi", "marche-standard", "Marché standard", ShippedScenarios.Market("marche-standard"),
            [["Alpha", "Bêta"], ["Gamma", ""]], 1));
        Assert.False(creation.Result.IsAccepted);
        Assert.Null(await refused.GetLeaderboard());
        var firstMarket = await grains.GetGrain<NrcGame.Grains.Games.IGameGrain>(TournamentMarkets.MarketId("refusedtour", 1)).GetSummary();
        Assert.Equal(NrcGame.Grains.Games.GameStatus.None, firstMarket.Status);
    }

    [Fact]
    public async Task The_teacher_of_another_tournament_may_not_resolve_its_markets()
    {
        var anonymous = app.CreateClient();
        var mine = await Ok(await anonymous.PostAsJsonAsync("/api/tournaments", Tournament(2)));
        var theirs = await Ok(await anonymous.PostAsJsonAsync("/api/tournaments", Tournament(2)));
        var stranger = app.WithToken(theirs["teacherToken"]!.GetValue<string>());
        var tournamentId = mine["tournamentId"]!.GetValue<string>();
        var market = mine["markets"]![0]!["gameId"]!.GetValue<string>();
        Assert.Equal(HttpStatusCode.Forbidden, (await stranger.PostAsync($"/api/tournaments/{tournamentId}/resolve-all", null)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await stranger.PostAsJsonAsync($"/api/games/{market}/start", new { minutes = (int?)null })).StatusCode);
        var owner = app.WithToken(mine["teacherToken"]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.OK, (await owner.PostAsJsonAsync($"/api/games/{market}/start", new { minutes = (int?)null })).StatusCode);
    }

    private static async Task<JsonNode> Ok(HttpResponseMessage response)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"{(int)response.StatusCode} {response.RequestMessage?.RequestUri}: {body}");
        return JsonNode.Parse(body)!;
    }
}
