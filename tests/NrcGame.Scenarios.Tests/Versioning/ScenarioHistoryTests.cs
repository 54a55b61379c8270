using System.Text.Json;
using NrcGame.Market;

namespace NrcGame.Scenarios.Tests;

public sealed class ScenarioHistoryTests
{
    private static readonly ScenarioDocument Document = StandardFile.Document;
    private static readonly ParameterChange PriceWar = ParameterChange.Set("segments[B2C_GP].parameters.priceExponent", 4.0);

    private static string Json<T>(T value) => JsonSerializer.Serialize(value, ScenarioJson.Options);

    private static ScenarioHistory Recorded(ScenarioHistory history, ScenarioRevision revision, int lastResolvedTurn)
    {
        var result = history.Record(revision, lastResolvedTurn);
        Assert.True(result.IsValid, string.Join(Environment.NewLine, result.Errors.Select(error => error.Message)));
        return result.Value!;
    }

    [Fact]
    public void A_change_recorded_for_turn_3_does_not_affect_turns_1_and_2()
    {
        var history = Recorded(ScenarioHistory.Start(Document.Market), new ScenarioRevision(3, [PriceWar], "professeur"), lastResolvedTurn: 2);

        Assert.Equal(Json(Document.Market), Json(history.ScenarioAt(1)));
        Assert.Equal(Json(Document.Market), Json(history.ScenarioAt(2)));
        Assert.All(Enumerable.Range(3, 6), turn => Assert.Equal(4.0, history.ScenarioAt(turn).Segments[0].Parameters.PriceExponent));
    }

    [Fact]
    public void A_change_for_a_resolved_turn_is_refused_and_the_history_is_unchanged()
    {
        var history = ScenarioHistory.Start(Document.Market);

        var result = history.Record(new ScenarioRevision(2, [PriceWar], "professeur"), lastResolvedTurn: 2);

        var error = Assert.Single(result.Errors);
        Assert.Equal("fromTurn", error.Path);
        Assert.Contains("à partir du tour 3", error.Message);
        Assert.Empty(history.Revisions);
    }

    [Fact]
    public void An_invalid_change_is_refused_with_its_message()
    {
        var result = ScenarioHistory.Start(Document.Market)
            .Record(new ScenarioRevision(3, [ParameterChange.Set("finance.referencePaymentTermsDays", 90.0)], "professeur"), lastResolvedTurn: 2);

        Assert.Contains(result.Errors, error => error.Path == "finance.referencePaymentTermsDays" && error.Message.Contains("0 – 60 jours"));
    }

    [Fact]
    public void Revisions_compose_in_turn_order_whatever_the_order_they_were_recorded_in()
    {
        var history = ScenarioHistory.Start(Document.Market);
        history = Recorded(history, new ScenarioRevision(5, [ParameterChange.Multiply("segments[B2C_GP].referencePrice", 1.1)], "professeur"), 1);
        history = Recorded(history, new ScenarioRevision(3, [ParameterChange.Set("segments[B2C_GP].referencePrice", 22m)], "professeur"), 1);

        Assert.Equal(20m, history.ScenarioAt(2).Segments[0].ReferencePrice);
        Assert.Equal(22m, history.ScenarioAt(4).Segments[0].ReferencePrice);
        Assert.Equal(24.2m, history.ScenarioAt(5).Segments[0].ReferencePrice);
    }

    [Fact]
    public void A_later_change_that_would_break_an_earlier_one_is_refused()
    {
        var history = Recorded(ScenarioHistory.Start(Document.Market),
            new ScenarioRevision(5, [ParameterChange.Multiply("segments[B2C_GP].parameters.priceExponent", 1.3)], "professeur"), 1);

        var result = history.Record(new ScenarioRevision(3, [PriceWar], "professeur"), 1);

        Assert.Contains(result.Errors, error => error.Path == "segments[B2C_GP].parameters.priceExponent" && error.Message.Contains("5,2"));
    }

    [Fact]
    public void A_played_card_applies_from_the_next_turn_and_is_recorded_with_its_origin()
    {
        var card = Document.Events.Single(card => card.Id == "RECESSION");

        var played = ScenarioHistory.Start(Document.Market).Play(card, lastResolvedTurn: 4).Value!;

        Assert.Equal(Document.Market.Segments[0].Potential["T1"], played.ScenarioAt(4).Segments[0].Potential["T1"]);
        Assert.Equal(Document.Market.Segments[0].Potential["T1"] * 0.92, played.ScenarioAt(5).Segments[0].Potential["T1"], 6);
        var revision = Assert.Single(played.Revisions);
        Assert.Equal(5, revision.FromTurn);
        Assert.StartsWith("carte RECESSION", revision.Origin);
    }

    [Fact]
    public void A_mid_game_change_applies_from_the_next_turn_only_and_a_replay_of_an_earlier_turn_is_unchanged()
    {
        var firms = new[] { "A", "B", "C", "D" };
        var history = ScenarioHistory.Start(Document.Market);
        var starts = ScenarioStart.InitialStates(Document.Market, firms);
        TurnInput InputFor(int turn, MarketScenario market, IReadOnlyDictionary<string, FirmState> states) =>
            new(market, turn, 7, firms.ToDictionary(id => id, id => new FirmTurnInput(states[id], starts[id].Decisions with
            {
                Pricing = starts[id].Decisions.Pricing with { ListPrice = new Dictionary<string, decimal> { ["B2C_GP"] = 20m + firms.ToList().IndexOf(id), ["B2B_PRO"] = 250m } },
            })));
        var turn1 = TurnResolver.Resolve(InputFor(1, history.ScenarioAt(1), starts.ToDictionary(pair => pair.Key, pair => pair.Value.State)));
        var statesAfter1 = turn1.Firms.ToDictionary(pair => pair.Key, pair => pair.Value.NextState);
        var turn2Input = InputFor(2, history.ScenarioAt(2), statesAfter1);
        var turn2 = TurnResolver.Resolve(turn2Input);
        var statesAfter2 = turn2.Firms.ToDictionary(pair => pair.Key, pair => pair.Value.NextState);
        var turn3Before = TurnResolver.Resolve(InputFor(3, history.ScenarioAt(3), statesAfter2));

        history = Recorded(history, new ScenarioRevision(3, [PriceWar], "professeur"), lastResolvedTurn: 2);

        var replayOf2 = TurnResolver.Resolve(InputFor(2, history.ScenarioAt(2), statesAfter1));
        var turn3After = TurnResolver.Resolve(InputFor(3, history.ScenarioAt(3), statesAfter2));
        Assert.Equal(Json(turn2), Json(replayOf2));
        Assert.NotEqual(turn3Before.Firms["D"].Sales.UnitsSold, turn3After.Firms["D"].Sales.UnitsSold);
    }

    [Fact]
    public void Without_revisions_the_market_in_force_is_the_initial_one_even_outside_the_shipped_ranges()
    {
        var shortGame = Document.Market with { TurnCount = 3 };

        Assert.Same(shortGame, ScenarioHistory.Start(shortGame).ScenarioAt(2));
    }

    [Fact]
    public void A_change_is_not_blamed_for_an_error_the_initial_market_already_had()
    {
        var shortGame = Document.Market with { TurnCount = 3 };

        var recorded = ScenarioHistory.Start(shortGame).Record(new ScenarioRevision(2, [PriceWar], "professeur"), 1);
        var refused = ScenarioHistory.Start(shortGame).Record(new ScenarioRevision(2, [ParameterChange.Set("segments[B2C_GP].parameters.priceExponent", 9.0)], "professeur"), 1);

        Assert.True(recorded.IsValid);
        Assert.Equal(["segments[B2C_GP].parameters.priceExponent"], refused.Errors.Select(error => error.Path));
    }

    [Fact]
    public void The_engine_standard_market_is_valid() =>
        Assert.Empty(MarketValidator.Validate(ScenarioFactory.Standard(), "standard").Select(error => error.Message));
}
