using System.Text.Json;

namespace NrcGame.Debrief.Tests.WhatIf;

public sealed class WhatIfReplayTests
{
    private static readonly JsonSerializerOptions Web = new(JsonSerializerDefaults.Web);

    private static FirmDecisions WithCommission(FirmDecisions decisions, decimal rate) =>
        decisions with { Remuneration = decisions.Remuneration with { CommissionRate = rate } };

    [Fact]
    public void A_higher_commission_rate_changes_personnel_costs_and_the_played_figures_are_the_stored_ones()
    {
        var game = new ScriptedGame().Play(2);
        var played = game.Input(2);
        var changed = WithCommission(played.Firms["f1"].Decisions, 0.08m);

        var result = WhatIfReplay.Run(played, "f1", changed);

        Assert.Empty(result.Errors);
        Assert.Equal(new DecisionChange("remuneration.commissionRate", played.Firms["f1"].Decisions.Remuneration.CommissionRate.ToString(System.Globalization.CultureInfo.InvariantCulture), "0.08"),
            Assert.Single(result.ChangedFields));
        var figures = result.Differences.ToDictionary(difference => difference.Key);
        Assert.Equal(game.Result(2).Sales.RevenueHt, figures["ca_ht"].Played);
        Assert.Equal(game.Result(2).Statements.Income.NetResult, figures["resultat_net"].Played);
        Assert.True(figures["charges_personnel"].Difference > 0);
        Assert.Equal("Charges de personnel", figures["charges_personnel"].Label);
        foreach (var key in new[] { "ca_ht", "unites", "part_marche_valeur", "marge_commerciale", "ebe", "resultat_net", "tresorerie", "bfr", "taux_marque", "couverture", "turnover", "score" })
            Assert.Contains(key, figures.Keys);
    }

    [Fact]
    public void The_replay_leaves_the_played_turn_byte_identical()
    {
        var game = new ScriptedGame().Play(2);
        var played = game.Input(2);
        var stored = game.Outcomes[1];
        var inputBefore = JsonSerializer.SerializeToUtf8Bytes(played, Web);
        var outcomeBefore = JsonSerializer.SerializeToUtf8Bytes(stored, Web);

        WhatIfReplay.Run(played, "f1", WithCommission(played.Firms["f1"].Decisions, 0.08m));

        Assert.Equal(inputBefore, JsonSerializer.SerializeToUtf8Bytes(played, Web));
        Assert.Equal(outcomeBefore, JsonSerializer.SerializeToUtf8Bytes(stored, Web));
    }

    [Fact]
    public void Unchanged_decisions_give_zero_on_every_indicator()
    {
        var game = new ScriptedGame().Play(1);
        var result = WhatIfReplay.Run(game.Input(1), "f2", game.Input(1).Firms["f2"].Decisions);

        Assert.Empty(result.ChangedFields);
        Assert.NotEmpty(result.Differences);
        Assert.All(result.Differences, difference => Assert.Equal(0m, difference.Difference));
    }

    [Fact]
    public void Invalid_decisions_are_refused_with_the_field_named()
    {
        var game = new ScriptedGame().Play(1);
        var result = WhatIfReplay.Run(game.Input(1), "f1", WithCommission(game.Input(1).Firms["f1"].Decisions, 0.5m));

        Assert.Empty(result.Differences);
        Assert.Equal("remuneration.commissionRate", Assert.Single(result.Errors).Field);
    }
}
