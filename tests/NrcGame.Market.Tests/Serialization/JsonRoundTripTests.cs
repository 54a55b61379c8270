using System.Text.Json;

namespace NrcGame.Market.Tests.Serialization;

/// <summary>Grains persist and transmit every engine type through System.Text.Json (web defaults): it must round-trip exactly.</summary>
public class JsonRoundTripTests
{
    private static readonly JsonSerializerOptions Web = new(JsonSerializerDefaults.Web);

    private static void AssertRoundTrips<T>(T value)
    {
        var json = JsonSerializer.Serialize(value, Web);
        var back = JsonSerializer.Deserialize<T>(json, Web);
        Assert.Equal(json, JsonSerializer.Serialize(back, Web));
    }

    [Fact]
    public void Scenario_decisions_state_and_outcome_round_trip()
    {
        var scenario = ScenarioFactory.Standard();
        var starts = ScenarioStart.InitialStates(scenario, ["f1", "f2", "f3"]);
        var input = new TurnInput(scenario, 1, 42UL, starts.ToDictionary(pair => pair.Key, pair => new FirmTurnInput(pair.Value.State, pair.Value.Decisions)));
        var outcome = TurnResolver.Resolve(input);

        AssertRoundTrips(scenario);
        AssertRoundTrips(starts["f1"].Decisions);
        AssertRoundTrips(starts["f1"].State);
        AssertRoundTrips(input);
        AssertRoundTrips(outcome);
        AssertRoundTrips(ProForma.Compute(scenario, 1, starts["f1"].State, starts["f1"].Decisions, 3));

        var next = TurnResolver.Resolve(input with
        {
            Turn = 2,
            Firms = starts.ToDictionary(pair => pair.Key, pair => new FirmTurnInput(outcome.Firms[pair.Key].NextState, pair.Value.Decisions)),
        });
        AssertRoundTrips(next);
    }

    [Fact]
    public void A_deserialised_input_resolves_to_the_same_outcome()
    {
        var scenario = ScenarioFactory.Standard();
        var starts = ScenarioStart.InitialStates(scenario, ["f1", "f2"]);
        var input = new TurnInput(scenario, 1, 3UL, starts.ToDictionary(pair => pair.Key, pair => new FirmTurnInput(pair.Value.State, pair.Value.Decisions)));
        var copy = JsonSerializer.Deserialize<TurnInput>(JsonSerializer.Serialize(input, Web), Web)!;
        Assert.Equal(JsonSerializer.Serialize(TurnResolver.Resolve(input), Web), JsonSerializer.Serialize(TurnResolver.Resolve(copy), Web));
    }

    [Fact]
    public void Enums_are_written_as_names_and_properties_in_camel_case()
    {
        var json = JsonSerializer.Serialize(new HireOrder(RepStatus.VrpMulticarte, 2), Web);
        Assert.Equal("{\"status\":\"VrpMulticarte\",\"count\":2}", json);
    }
}
