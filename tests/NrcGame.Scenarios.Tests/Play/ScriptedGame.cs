using NrcGame.Market;

namespace NrcGame.Scenarios.Tests;

/// <summary>
/// Plays a scenario with one scripted firm per <see cref="FirmStrategy"/>, the way the Game grain does: the market of
/// each turn is <see cref="ScenarioHistory.ScenarioAt"/>, decisions are checked by <see cref="DecisionRules.Validate"/>,
/// and event cards are played between turns through <see cref="ScenarioHistory.Play"/>.
/// </summary>
internal sealed class ScriptedGame
{
    private const ulong Seed = 20260101;

    private static readonly FirmStrategy[] Strategies = [FirmStrategy.Discounter, FirmStrategy.Premium, FirmStrategy.HeavySalesforce, FirmStrategy.Passive];

    /// <summary>Plays every turn; before turn t + 1, plays <paramref name="cardsAfterTurn"/>[t] when there is one.</summary>
    public static IReadOnlyList<(MarketScenario Market, TurnOutcome Outcome)> Play(ScenarioDocument document, IReadOnlyDictionary<int, EventCard> cardsAfterTurn)
    {
        var history = ScenarioHistory.Start(document.Market);
        var firmIds = Strategies.Select(strategy => strategy.ToString()).ToList();
        var starts = ScenarioStart.InitialStates(document.Market, firmIds);
        var states = starts.ToDictionary(pair => pair.Key, pair => pair.Value.State, StringComparer.Ordinal);
        var lastResults = new Dictionary<string, FirmTurnResult>(StringComparer.Ordinal);
        var turns = new List<(MarketScenario, TurnOutcome)>();
        for (var turn = 1; turn <= document.Market.TurnCount; turn++)
        {
            if (cardsAfterTurn.TryGetValue(turn - 1, out var card))
            {
                var played = history.Play(card, turn - 1);
                Assert.True(played.IsValid, string.Join(Environment.NewLine, played.Errors.Select(error => error.Message)));
                history = played.Value!;
            }
            var market = history.ScenarioAt(turn);
            var inputs = new Dictionary<string, FirmTurnInput>(StringComparer.Ordinal);
            foreach (var strategy in Strategies)
            {
                var id = strategy.ToString();
                var decisions = ScriptedDecisions.For(strategy, market, starts[id].Decisions, states[id], lastResults.GetValueOrDefault(id), turn);
                var errors = DecisionRules.Validate(market, decisions, states[id]);
                Assert.True(errors.Count == 0, $"{document.Market.Id}, tour {turn}, {id} : " + string.Join(" ; ", errors.Select(error => error.Message)));
                inputs[id] = new FirmTurnInput(states[id], decisions);
            }
            var outcome = TurnResolver.Resolve(new TurnInput(market, turn, Seed, inputs));
            foreach (var (id, result) in outcome.Firms)
            {
                states[id] = result.NextState;
                lastResults[id] = result;
            }
            turns.Add((market, outcome));
        }
        return turns;
    }
}
