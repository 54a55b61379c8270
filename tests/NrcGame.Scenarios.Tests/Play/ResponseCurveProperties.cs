using FsCheck.Xunit;
using NrcGame.Market;

namespace NrcGame.Scenarios.Tests;

/// <summary>The teacher's response-curve preview on the shipped scenarios, before and after one of their event cards.</summary>
public sealed class ResponseCurveProperties
{
    private static readonly IReadOnlyList<ScenarioDocument> Shipped =
        ScenarioLibrary.Load(Repository.ScenariosFolder).Scenarios.Select(scenario => scenario.Document).ToList();

    [Property(MaxTest = 16)]
    public void On_every_shipped_scenario_demand_never_rises_with_the_price(byte which, byte rivalPrice, byte card, bool playCard)
    {
        var document = Shipped[which % Shipped.Count];
        var market = document.Market;
        if (playCard && document.Events.Count > 0)
            market = ScenarioHistory.Start(market).Play(document.Events[card % document.Events.Count], 0).Value!.ScenarioAt(1);
        string[] ids = ["f1", "f2", "f3"];
        var starts = ScenarioStart.InitialStates(market, ids);
        var firms = ids.ToDictionary(id => id, id => new FirmTurnInput(starts[id].State, starts[id].Decisions), StringComparer.Ordinal);
        var rival = starts["f2"].Decisions;
        firms["f2"] = firms["f2"] with
        {
            Decisions = rival with
            {
                Pricing = rival.Pricing with { ListPrice = rival.Pricing.ListPrice.ToDictionary(pair => pair.Key, pair => Math.Round(pair.Value * (0.7m + rivalPrice / 255m), 2)) },
            },
        };
        var input = new TurnInput(market, 1, 20260101UL, firms);

        foreach (var segment in market.Segments)
        {
            var curves = ResponseCurves.Sample(input, "f1", segment.Id, CurveGrid.For(segment, firms["f1"].Decisions));
            Assert.True(curves.Prices.Count >= 2);
            for (var point = 1; point < curves.Prices.Count; point++)
                Assert.True(curves.Prices[point].Demand <= curves.Prices[point - 1].Demand + 1e-9,
                    $"{market.Id} {segment.Id} : la demande monte de {curves.Prices[point - 1].ListPrice} à {curves.Prices[point].ListPrice} €");
            Assert.True(curves.Prices[0].Demand > curves.Prices[^1].Demand, $"{market.Id} {segment.Id} : la demande ne dépend pas du prix");
        }
    }
}
