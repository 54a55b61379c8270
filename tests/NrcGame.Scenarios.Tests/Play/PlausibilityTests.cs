using NrcGame.Market;
using Xunit.Abstractions;

namespace NrcGame.Scenarios.Tests;

/// <summary>
/// Each shipped scenario plays its 8 turns with four scripted firms, without and with event cards, and every firm's
/// figures stay plausible at every turn (issue 5, "Done when").
/// </summary>
public sealed class PlausibilityTests(ITestOutputHelper output)
{
    public static TheoryData<string> ShippedIds => new(ScenarioLibrary.Load(Repository.ScenariosFolder).Scenarios.Select(scenario => scenario.Id));

    [Theory]
    [MemberData(nameof(ShippedIds))]
    public void Eight_turns_with_four_scripted_firms_stay_plausible(string id)
    {
        var document = ScenarioLibrary.Load(Repository.ScenariosFolder).Find(id)!.Document;

        var turns = ScriptedGame.Play(document, new Dictionary<int, EventCard>());

        Report(turns);
        PlausibilityBands.Check(id, turns);
    }

    [Theory]
    [MemberData(nameof(ShippedIds))]
    public void Eight_turns_with_an_event_card_after_every_turn_from_the_second_stay_plausible(string id)
    {
        var document = ScenarioLibrary.Load(Repository.ScenariosFolder).Find(id)!.Document;
        var cards = document.Events.Select((card, index) => (Turn: index + 2, Card: card))
            .Where(pair => pair.Turn < document.Market.TurnCount).ToDictionary(pair => pair.Turn, pair => pair.Card);

        var turns = ScriptedGame.Play(document, cards);

        Report(turns);
        PlausibilityBands.Check(id, turns);
    }

    private void Report(IReadOnlyList<(MarketScenario Market, TurnOutcome Outcome)> turns)
    {
        foreach (var (_, outcome) in turns)
        {
            foreach (var (firm, result) in outcome.Firms)
            {
                var income = result.Statements.Income;
                output.WriteLine($"T{outcome.Turn} {firm,-16} CA {result.Sales.RevenueHt,12:N0} part {result.Sales.ValueShare,5:P0} marque {result.Dashboard.MarginRate,5:P0} "
                    + $"net {income.NetResult,10:N0} tréso {result.Statements.Balance.Cash - result.Statements.Balance.BankOverdraft,10:N0} "
                    + $"effectif {result.SalesTeam.Headcount} départs {result.SalesTeam.Departures} service {result.Sales.ServiceLevel:P0} "
                    + string.Join(" ", result.Sales.Segments.Select(segment => $"{segment.Segment}:{segment.UnitsSold}/{segment.Demand:N0}"))
                    + $" stock {string.Join(",", result.NextState.Inventory.Select(pair => pair.Value.Units))} quit {result.SalesTeam.Reps.Select(rep => rep.QuitProbability).DefaultIfEmpty().Average():P1} sat {result.SalesTeam.Reps.Select(rep => rep.Satisfaction).DefaultIfEmpty().Average():N2}");
            }
        }
    }
}
