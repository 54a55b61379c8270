using NrcGame.Grains.Access;
using NrcGame.Grains.Firms;
using NrcGame.Grains.Games;
using NrcGame.Market;

namespace NrcGame.Grains.Tests;

[Collection(ClusterCollection.Name)]
public sealed class GameFlowTests(ClusterFixture fixture)
{
    private static readonly string[] TeamNames = ["Alpha", "Bêta", "Gamma"];

    private IGameGrain NewGame() => fixture.Client.GetGrain<IGameGrain>($"g-{Guid.NewGuid():N}");

    private async Task<(IGameGrain Game, GameCreation Created)> StartedGame(GameSetup? setup = null)
    {
        var game = NewGame();
        var created = await game.Create(setup ?? Setup());
        Assert.True((await game.Start(null)).IsAccepted);
        return (game, created);
    }

    private static GameSetup Setup(IReadOnlyList<string>? teams = null) =>
        new("Classe de BTS NRC 1", "standard", "Marché standard", ScenarioFactory.Standard(), teams ?? TeamNames, Seed: 42);

    private IFirmGrain Firm(IGameGrain game, string firmId) =>
        fixture.Client.GetGrain<IFirmGrain>(FirmKey.Of(game.GetPrimaryKeyString(), firmId));

    private static async Task<FirmDecisionsView> DecisionsOf(IFirmGrain firm) =>
        await firm.GetDecisions() ?? throw new InvalidOperationException("the firm was not seated");

    [Fact]
    public async Task Creating_a_game_seats_every_team_and_hands_out_working_secrets_once()
    {
        var game = NewGame();
        var created = await game.Create(Setup());

        Assert.True(created.Result.IsAccepted);
        Assert.Equal(TeamNames, created.Teams.Select(team => team.Name));
        Assert.Equal(3, created.Teams.Select(team => team.JoinCode).Distinct().Count());
        Assert.True(await game.IsTeacherKey(created.TeacherKey));
        Assert.True(await game.IsTeacherKey(created.TeacherKey.ToLowerInvariant().Replace("-", " ")));
        Assert.False(await game.IsTeacherKey(AccessSecret.NewTeacherKey()));
        foreach (var team in created.Teams)
        {
            var seat = await fixture.Client.GetGrain<IJoinCodeGrain>(AccessSecret.Hash(team.JoinCode)).Resolve();
            Assert.Equal(new TeamSeat(game.GetPrimaryKeyString(), team.FirmId, team.Name), seat);
        }

        var summary = await game.GetSummary();
        Assert.Equal(GameStatus.Lobby, summary.Status);
        Assert.Equal(1, summary.CurrentTurn);
        Assert.All(summary.Teams, team => Assert.False(team.HasSubmitted));

        var again = await game.Create(Setup());
        Assert.False(again.Result.IsAccepted);
        Assert.Contains(again.Result.Errors, error => error.Field == "gameId");
    }

    [Fact]
    public async Task An_invalid_setup_is_refused_with_every_reason_and_creates_nothing()
    {
        var game = NewGame();
        var created = await game.Create(Setup(["Seule", "seule "]) with { Title = " " });

        Assert.False(created.Result.IsAccepted);
        Assert.Contains(created.Result.Errors, error => error.Field == "title");
        Assert.Contains(created.Result.Errors, error => error.Field == "teamNames" && error.Message.Contains("double"));
        Assert.Equal(GameStatus.None, (await game.GetSummary()).Status);
    }

    [Fact]
    public async Task Invalid_decisions_are_rejected_per_field_and_change_nothing()
    {
        var (game, created) = await StartedGame();
        var firm = Firm(game, created.Teams[0].FirmId);
        var before = await DecisionsOf(firm);
        var bad = before.Decisions with
        {
            Pricing = before.Decisions.Pricing with
            {
                ListPrice = new Dictionary<string, decimal>(before.Decisions.Pricing.ListPrice) { ["B2C_GP"] = -5m },
                PaymentTermsDays = 90,
            },
        };

        var result = await game.SubmitDecisions(created.Teams[0].FirmId, 1, bad, "Camille");

        Assert.False(result.IsAccepted);
        Assert.Contains(result.Errors, error => error.Field == "pricing.listPrice.B2C_GP");
        Assert.Contains(result.Errors, error => error.Field == "pricing.paymentTermsDays" && error.Message.Contains("60"));
        var after = await DecisionsOf(firm);
        Assert.False(after.Submitted);
        Assert.Equal(before.Decisions.Pricing.ListPrice["B2C_GP"], after.Decisions.Pricing.ListPrice["B2C_GP"]);
        Assert.False((await game.GetSummary()).Teams[0].HasSubmitted);
    }

    [Fact]
    public async Task A_submission_for_a_turn_that_is_not_open_is_rejected()
    {
        var (game, created) = await StartedGame();
        var decisions = (await DecisionsOf(Firm(game, "f1"))).Decisions;

        var result = await game.SubmitDecisions("f1", 2, decisions, "Camille");

        Assert.False(result.IsAccepted);
        Assert.Equal("turn", Assert.Single(result.Errors).Field);
        Assert.NotNull(created.TeacherKey);
    }

    [Fact]
    public async Task A_resolve_of_a_named_quarter_sent_twice_resolves_it_once_and_says_so_in_french()
    {
        var (game, _) = await StartedGame();

        Assert.True((await game.ResolveTurn(1)).IsAccepted);
        var again = await game.ResolveTurn(1);
        var early = await game.ResolveTurn(3);

        Assert.False(again.IsAccepted);
        Assert.Equal("turn", again.Errors.Single().Field);
        Assert.Contains("Le trimestre 1 est déjà résolu", again.Errors.Single().Message);
        Assert.False(early.IsAccepted);
        Assert.Contains("pas encore ouvert", early.Errors.Single().Message);
        var summary = await game.GetSummary();
        Assert.Equal(2, summary.CurrentTurn);
        Assert.Equal(1, summary.LastResolvedTurn);
        Assert.Equal(GameStatus.TurnOpen, summary.Status);
        Assert.True((await game.ResolveTurn(2)).IsAccepted);
        Assert.Equal(2, (await game.GetSummary()).LastResolvedTurn);
    }

    [Fact]
    public async Task Resolving_a_turn_gives_every_firm_one_result_and_carries_over_decisions_of_silent_teams()
    {
        var (game, _) = await StartedGame();
        var submitted = (await DecisionsOf(Firm(game, "f1"))).Decisions;
        var cheaper = submitted with
        {
            Pricing = submitted.Pricing with
            {
                ListPrice = submitted.Pricing.ListPrice.ToDictionary(price => price.Key, price => Math.Round(price.Value * 0.9m, 2)),
            },
        };
        Assert.True((await game.SubmitDecisions("f1", 1, cheaper, "Camille")).IsAccepted);
        Assert.True((await game.GetSummary()).Teams.Single(team => team.FirmId == "f1").HasSubmitted);
        var silentBefore = (await DecisionsOf(Firm(game, "f2"))).Decisions;

        Assert.True((await game.CloseAndResolveTurn()).IsAccepted);

        var summary = await game.GetSummary();
        Assert.Equal(2, summary.CurrentTurn);
        Assert.Equal(1, summary.LastResolvedTurn);
        Assert.Equal(["f1", "f2", "f3"], summary.Standings.Select(row => row.FirmId).Order());
        Assert.Equal(1, summary.Standings[0].Rank);
        Assert.Equal(summary.Standings.Select(row => row.Rank).Order(), summary.Standings.Select(row => row.Rank));
        Assert.All(summary.Teams, team => Assert.False(team.HasSubmitted));
        foreach (var firmId in new[] { "f1", "f2", "f3" })
        {
            var results = await Firm(game, firmId).GetResults();
            Assert.Equal(1, Assert.Single(results).Turn);
        }
        var silentNow = await DecisionsOf(Firm(game, "f2"));
        Assert.False(silentNow.Submitted);
        Assert.Equal(2, silentNow.Turn);
        Assert.Equal(silentBefore.Pricing.ListPrice, silentNow.Decisions.Pricing.ListPrice);
        var submittedNow = await DecisionsOf(Firm(game, "f1"));
        Assert.Equal(cheaper.Pricing.ListPrice, submittedNow.Decisions.Pricing.ListPrice);
    }

    [Fact]
    public async Task Applying_the_same_turn_twice_stores_one_result()
    {
        var (game, _) = await StartedGame();
        var entry = await Firm(game, "f1").GetTurnEntry(1);
        await game.CloseAndResolveTurn();
        var firm = Firm(game, "f1");
        var first = Assert.Single(await firm.GetResults());

        await firm.ApplyResult(1, entry, first);

        Assert.Single(await firm.GetResults());
        Assert.Equal(2, (await DecisionsOf(firm)).Turn);
    }

    [Fact]
    public async Task Game_and_firms_come_back_identical_after_deactivation()
    {
        var (game, _) = await StartedGame();
        await game.CloseAndResolveTurn();
        var summaryBefore = await game.GetSummary();
        var resultsBefore = await Firm(game, "f2").GetResults();

        await fixture.Cluster.DeactivateAsync(game);
        await fixture.Cluster.DeactivateAsync(Firm(game, "f2"));

        var summaryAfter = await game.GetSummary();
        Assert.Equal(summaryBefore.CurrentTurn, summaryAfter.CurrentTurn);
        Assert.Equal(summaryBefore.Standings, summaryAfter.Standings);
        Assert.Equal(
            summaryBefore.Teams.Select(team => (team.FirmId, team.Name, team.HasSubmitted, string.Join(",", team.Members))),
            summaryAfter.Teams.Select(team => (team.FirmId, team.Name, team.HasSubmitted, string.Join(",", team.Members))));
        var resultsAfter = await Firm(game, "f2").GetResults();
        Assert.Equal(resultsBefore.Single().Sales.RevenueHt, resultsAfter.Single().Sales.RevenueHt);
        Assert.Equal(resultsBefore.Single().Statements.Income.NetResult, resultsAfter.Single().Statements.Income.NetResult);
    }

    [Fact]
    public async Task The_game_finishes_after_its_last_turn_and_refuses_further_turns()
    {
        var setup = Setup();
        var (game, _) = await StartedGame(setup with { Scenario = setup.Scenario with { TurnCount = 6 } });

        for (var turn = 1; turn <= 6; turn++) Assert.True((await game.CloseAndResolveTurn()).IsAccepted);
        var seventh = await game.CloseAndResolveTurn();

        Assert.False(seventh.IsAccepted);
        var summary = await game.GetSummary();
        Assert.Equal(GameStatus.Finished, summary.Status);
        Assert.Equal(6, summary.LastResolvedTurn);
        Assert.Equal(6, (await Firm(game, "f3").GetResults()).Count);
    }

    [Fact]
    public async Task A_firm_no_game_seated_has_no_decisions()
    {
        Assert.Null(await fixture.Client.GetGrain<IFirmGrain>(FirmKey.Of($"g-{Guid.NewGuid():N}", "f9")).GetDecisions());
    }
}
