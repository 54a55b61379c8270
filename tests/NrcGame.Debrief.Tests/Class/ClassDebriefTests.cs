namespace NrcGame.Debrief.Tests.Class;

public sealed class ClassDebriefTests
{
    private static readonly DateTimeOffset Noon = new(2026, 3, 10, 12, 0, 0, TimeSpan.Zero);

    [Fact]
    public void The_class_debrief_names_each_team_with_its_engine_figures_cards_and_latest_comments()
    {
        var game = new ScriptedGame();
        game.Play();
        game.Change("f2", decisions => decisions with { Remuneration = decisions.Remuneration with { FixedSalary = 0m } }).Play();
        var teams = game.Ids.Select(id => game.History(id) with
        {
            TeamName = $"Équipe {id}",
            Comments = id != "f1" ? [] :
            [
                new TurnComment(1, TurnCommentKind.Annotation, "Bon départ.", "Enseignant·e", Noon),
                new TurnComment(1, TurnCommentKind.Justification, "Premier jet.", "Camille", Noon),
                new TurnComment(1, TurnCommentKind.Justification, "Prix de lancement bas.", "Léo", Noon.AddMinutes(1)),
            ],
        }).ToList();

        var debrief = ClassDebrief.Build(teams);

        Assert.Equal(["Équipe f1", "Équipe f2", "Équipe f3"], debrief.Teams.Select(team => team.TeamName));
        foreach (var team in debrief.Teams)
        {
            Assert.Equal([1, 2], team.Figures.Select(figures => figures.Turn));
            foreach (var figures in team.Figures)
            {
                var result = game.Result(figures.Turn, team.FirmId);
                var byKey = figures.Indicators.ToDictionary(indicator => indicator.Key, indicator => indicator.Value);
                Assert.Equal(TurnFigures.MainKeys, figures.Indicators.Select(indicator => indicator.Key));
                Assert.Equal(result.Sales.RevenueHt, byKey["ca_ht"]);
                Assert.Equal(result.Statements.Income.NetResult, byKey["resultat_net"]);
                Assert.Equal(result.SalesTeam.Headcount, byKey["effectif"]);
            }
        }
        Assert.Contains(debrief.Teams[1].Cards, card => card.RuleId == "remuneration-100-commission");
        Assert.DoesNotContain(debrief.Teams[0].Cards, card => card.RuleId == "remuneration-100-commission");
        Assert.Equal(
            [(TurnCommentKind.Justification, "Prix de lancement bas.", "Léo"), (TurnCommentKind.Annotation, "Bon départ.", "Enseignant·e")],
            debrief.Teams[0].Comments.Select(comment => (comment.Kind, comment.Text, comment.Author)));
        Assert.Empty(debrief.Teams[2].Comments);
    }

    [Fact]
    public void A_team_without_a_name_is_named_by_its_firm_id()
    {
        var history = new ScriptedGame().Play().History("f3");

        Assert.Equal("f3", history.TeamName);
        Assert.Equal("Les Aigles", (history with { TeamName = "Les Aigles" }).TeamName);
    }

    [Fact]
    public void Segments_are_named_as_in_the_market_played()
    {
        var history = new ScriptedGame().Play().History();
        var consumers = history.Scenario.Segments.Single(segment => segment.Id == ScenarioFactory.Consumers);

        Assert.NotEqual("", consumers.Name);
        Assert.Equal(consumers.Name, history.SegmentName(ScenarioFactory.Consumers));
        Assert.Equal("XYZ", history.SegmentName("XYZ"));
    }
}
