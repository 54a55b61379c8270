namespace NrcGame.Debrief;

/// <summary>Everything the debrief reads about one firm: its resolved turns in order and who edited its decisions.</summary>
/// <param name="FirmId">Firm id.</param>
/// <param name="Scenario">The market played (its outlook is the environment the team faced).</param>
/// <param name="Turns">Resolved turns, in increasing turn order.</param>
/// <param name="Edits">Decision submissions and withdrawals, any order.</param>
public sealed record TeamHistory(string FirmId, MarketScenario Scenario, IReadOnlyList<TeamTurn> Turns, IReadOnlyList<DecisionEdit> Edits);
