using NrcGame.Grains.Firms;
using NrcGame.Grains.Games;
using NrcGame.Market;

namespace NrcGame.Grains.Tests;

/// <summary>
/// Between quarters a firm keeps its standing decisions but not its one-off orders: a team that
/// hired, dismissed and bought studies does not do it again by changing nothing, and the time split of a
/// rep who left does not come back to name a rep no longer in the team.
/// </summary>
[Collection(ClusterCollection.Name)]
public sealed class CarryOverTests(ClusterFixture fixture)
{
    [Fact]
    public async Task Hires_dismissals_and_studies_lapse_after_their_quarter_while_prices_and_pay_carry_over()
    {
        var game = fixture.Client.GetGrain<IGameGrain>($"g-{Guid.NewGuid():N}");
        Assert.True((await game.Create(new GameSetup("Classe", "standard", "Marché standard", ScenarioFactory.Standard(), ["Alpha", "Bêta"], Seed: 11))).Result.IsAccepted);
        Assert.True((await game.Start(null)).IsAccepted);
        var firms = (await game.GetSummary()).Teams.Select(team => fixture.Client.GetGrain<IFirmGrain>(FirmKey.Of(game.GetPrimaryKeyString(), team.FirmId))).ToList();

        var current = (await firms[0].GetDecisions())!.Decisions;
        var team = (await firms[0].GetTurnEntry(1)).State.Reps.Select(rep => rep.Id).ToList();
        IReadOnlyList<TimeAllocation> ownSplit = [current.Allocation.Default[0] with { Share = 0.9 }];
        var played = current with
        {
            Staffing = current.Staffing with { Hires = [new HireOrder(RepStatus.FieldRep, 2)], Dismissals = [team[0]] },
            Allocation = current.Allocation with { PerRep = team.Take(2).ToDictionary(id => id, _ => ownSplit) },
            Remuneration = current.Remuneration with { CommissionRate = 0.06m },
            Studies = [MarketStudy.MarketShares],
        };
        var submitted = await game.SubmitDecisions((await game.GetSummary()).Teams[0].FirmId, 1, played, "Camille");
        Assert.True(submitted.IsAccepted, string.Join(" ", submitted.Errors.Select(error => error.Message)));
        Assert.True((await game.CloseAndResolveTurn()).IsAccepted);

        var draft = (await firms[0].GetDraft())!.Decisions;
        var carried = (await firms[0].GetDecisions())!.Decisions;
        var stayed = (await firms[0].GetTurnEntry(2)).State.Reps.Select(rep => rep.Id).ToHashSet();
        Assert.DoesNotContain(team[0], stayed);
        foreach (var next in new[] { draft, carried })
        {
            Assert.Empty(next.Staffing.Hires);
            Assert.Empty(next.Staffing.Dismissals);
            Assert.Empty(next.Studies);
            Assert.Equal(0.06m, next.Remuneration.CommissionRate);
            Assert.Equal(played.Pricing.ListPrice, next.Pricing.ListPrice);
            Assert.Equal(team.Skip(1).Take(1).Where(stayed.Contains), next.Allocation.PerRep.Keys);
            Assert.All(next.Allocation.PerRep.Values, split => Assert.Equal(0.9, split.Single().Share));
        }

        // Nobody submits turn 2: the turn is played with the standing decisions only.
        Assert.True((await game.CloseAndResolveTurn()).IsAccepted);
        var turn2 = (await firms[0].GetTurnRecords())[1].Entry;
        Assert.False(turn2.Submitted);
        Assert.Empty(turn2.Decisions.Staffing.Hires);
        Assert.Empty(turn2.Decisions.Studies);
        Assert.Equal(0.06m, turn2.Decisions.Remuneration.CommissionRate);
    }
}
