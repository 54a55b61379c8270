using NrcGame.Bots;
using NrcGame.Market;

namespace NrcGame.Tournament.Tests;

/// <summary>One turn of a bot-only market: what each bot decided, and the engine's outcome.</summary>
internal sealed record BotTurn(int Turn, IReadOnlyDictionary<string, FirmDecisions> Decisions, IReadOnlyDictionary<string, FirmState> Entering, TurnOutcome Outcome);

/// <summary>
/// Plays a market where every firm is a bot, with the pure engine, exactly as the game grain does: each bot
/// decides from its own state and the last public news, its decisions are checked by DecisionRules, then
/// every firm is resolved at once.
/// </summary>
internal static class BotMarket
{
    /// <summary>The turns of a market of <paramref name="bots"/> (firm ids f1, f2, … in order).</summary>
    public static List<BotTurn> Play(MarketScenario market, IReadOnlyList<(BotStrategy Strategy, BotDifficulty Difficulty)> bots, int turns, ulong seed)
    {
        var ids = bots.Select((_, index) => $"f{index + 1}").ToList();
        var starts = ScenarioStart.InitialStates(market, ids);
        var states = ids.ToDictionary(id => id, id => starts[id].State);
        var current = ids.ToDictionary(id => id, id => starts[id].Decisions);
        MarketNews? news = null;
        var played = new List<BotTurn>();
        for (var turn = 1; turn <= turns; turn++)
        {
            var decisions = new Dictionary<string, FirmDecisions>();
            foreach (var (id, bot) in ids.Zip(bots))
            {
                var decided = BotPlayer.Decide(bot.Strategy, bot.Difficulty, new BotSituation(market, turn, states[id], current[id], news, seed));
                var errors = DecisionRules.Validate(market, decided, states[id]);
                Assert.True(errors.Count == 0, $"{bot.Strategy} turn {turn}: {string.Join(" | ", errors.Select(error => error.Message))}");
                decisions[id] = decided;
            }
            var outcome = TurnResolver.Resolve(new TurnInput(market, turn, seed, ids.ToDictionary(id => id, id => new FirmTurnInput(states[id], decisions[id]))));
            played.Add(new BotTurn(turn, decisions, new Dictionary<string, FirmState>(states), outcome));
            foreach (var id in ids) states[id] = outcome.Firms[id].NextState;
            current = decisions;
            news = outcome.News;
        }
        return played;
    }
}
