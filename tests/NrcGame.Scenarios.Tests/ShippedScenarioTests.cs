namespace NrcGame.Scenarios.Tests;

public sealed class ShippedScenarioTests
{
    [Fact]
    public void Every_shipped_scenario_loads_without_errors()
    {
        var library = ScenarioLibrary.Load(Repository.ScenariosFolder);

        Assert.Empty(library.Errors.Select(error => error.Message));
        Assert.Contains(library.Scenarios, scenario => scenario.Id == "marche-standard");
    }
}
