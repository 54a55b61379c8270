namespace NrcGame.Debrief.Tests.Decomposition;

public sealed class TurnDecisionLogTests
{
    [Fact]
    public void Each_turn_lists_the_fields_changed_since_the_previous_turn_and_who_submitted_them()
    {
        var game = new ScriptedGame().Play();
        game.Change("f1", decisions => decisions with { Remuneration = decisions.Remuneration with { CommissionRate = 0.08m } }).Play();
        var morning = new DateTimeOffset(2026, 3, 10, 8, 0, 0, TimeSpan.Zero);
        DecisionEdit[] edits = [new(2, "Léo", morning.AddMinutes(5), true), new(2, "Camille", morning, false), new(1, "Camille", morning.AddDays(-7), false), new(2, "Camille", morning.AddMinutes(9), false)];

        var logs = TurnDecisionLog.Of(game.History(edits: edits));

        Assert.Equal([1, 2], logs.Select(log => log.Turn));
        Assert.Empty(logs[0].Changes);
        var change = Assert.Single(logs[1].Changes);
        Assert.Equal("remuneration.commissionRate", change.Path);
        Assert.Equal(game.Input(1).Firms["f1"].Decisions.Remuneration.CommissionRate, decimal.Parse(change.Before, System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal("0.08", change.After);
        Assert.Equal(["Camille", "Léo", "Camille"], logs[1].Edits.Select(edit => edit.Author));
        Assert.Equal([false, true, false], logs[1].Edits.Select(edit => edit.Withdrawn));
        Assert.Equal("Camille", Assert.Single(logs[0].Edits).Author);
    }
}
