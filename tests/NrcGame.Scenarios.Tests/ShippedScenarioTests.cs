namespace NrcGame.Scenarios.Tests;

public sealed class ShippedScenarioTests
{
    private static readonly ScenarioLibrary Library = ScenarioLibrary.Load(Repository.ScenariosFolder);

    public static TheoryData<string> Ids => new(Library.Scenarios.Select(scenario => scenario.Id));

    [Fact]
    public void Every_shipped_scenario_loads_without_errors()
    {
        Assert.Empty(Library.Errors.Select(error => error.Message));
        Assert.Equal(
            ["marche-fournitures-pro", "marche-grande-conso", "marche-standard", "services-habitat"],
            Library.Scenarios.Select(scenario => scenario.Id));
        Assert.All(Library.Scenarios, scenario => Assert.Equal(ScenarioSource.Shipped, scenario.Source));
    }

    [Theory]
    [MemberData(nameof(Ids))]
    public void A_shipped_scenario_has_its_pedagogy_and_six_to_ten_event_cards(string id)
    {
        var document = Library.Find(id)!.Document;

        Assert.Equal(id, document.Market.Id);
        Assert.InRange(document.Events.Count, 6, 10);
        Assert.All(document.Events, card => Assert.NotEmpty(card.Concepts));
        Assert.Equal(Enumerable.Range(1, document.Market.TurnCount), document.LessonPlan.Select(step => step.Turn));
        Assert.All(document.Sections, section => Assert.Equal(Referentiel.Sections[section.Id], section.Title));
    }
}
