using NrcGame.Market;

namespace NrcGame.Bots;

/// <summary>
/// What a bot knows when it decides: only what a team knows — the market in force (public rules), its own
/// state and current decisions, the last public news, and the game seed for its deterministic noise.
/// </summary>
/// <param name="Market">The market in force for the turn.</param>
/// <param name="Turn">The turn to decide (1-based).</param>
/// <param name="State">The firm's own state entering the turn.</param>
/// <param name="Current">The firm's current decisions (last turn's, or the scenario's starting ones).</param>
/// <param name="LastNews">The public news of the previous turn; null before the first resolution.</param>
/// <param name="Seed">The game seed.</param>
public sealed record BotSituation(MarketScenario Market, int Turn, FirmState State, FirmDecisions Current, MarketNews? LastNews, ulong Seed);
