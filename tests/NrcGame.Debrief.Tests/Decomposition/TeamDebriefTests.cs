namespace NrcGame.Debrief.Tests.Decomposition;

public sealed class TeamDebriefTests
{
    [Fact]
    public void A_team_debrief_gathers_history_changes_cards_and_variances()
    {
        var game = Games.NeutralGame(fromTurn2: decisions => decisions with
        {
            Remuneration = decisions.Remuneration with { FixedSalary = 0m, CommissionRate = 0.08m, Bonus = 0m },
            Objectives = new Dictionary<string, decimal> { [ScenarioFactory.Consumers] = 400_000m },
        });

        var debrief = TeamDebrief.Build("f1", game.Inputs, game.Outcomes, Games.OneAuthor());

        Assert.Equal([1, 2, 3, 4], debrief.History.Turns.Select(turn => turn.Turn));
        Assert.Same(game.Result(3), debrief.History.Turns[2].Result);
        Assert.Equal([2, 3, 4], debrief.Changes.Select(change => change.Turn));
        Assert.Equal(SalesAndProfit.Of(game.Result(4)) - SalesAndProfit.Of(game.Result(3)), debrief.Changes[^1].ActualChange);
        Assert.Contains(debrief.Cards, card => card.RuleId == "remuneration-100-commission");
        Assert.Equal([2, 3, 4], debrief.Variances.Select(variance => variance.Turn));
    }

    [Fact]
    public void Inputs_and_outcomes_of_different_turns_are_refused()
    {
        var game = new ScriptedGame().Play(2);

        Assert.Throws<ArgumentException>(() => TeamHistory.From("f1", game.Inputs, [game.Outcomes[1], game.Outcomes[0]], []));
    }
}
