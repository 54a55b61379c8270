namespace NrcGame.Debrief;

/// <summary>
/// « Et si… ? »: re-runs a past turn with one firm's decisions changed and everything else frozen (every other firm's
/// decisions, every state, the seed), and compares every indicator of that firm. Read-only by construction: the engine
/// is pure and the input records are immutable, nothing is stored.
/// </summary>
public static class WhatIfReplay
{
    /// <summary>Replays <paramref name="played"/> with <paramref name="changed"/> as <paramref name="firmId"/>'s decisions.</summary>
    /// <param name="played">Input of the turn as played.</param>
    /// <param name="firmId">Firm whose decisions change.</param>
    /// <param name="changed">The decisions to try, e.g. <c>decisions with { Remuneration = decisions.Remuneration with { CommissionRate = 0.05m } }</c>.</param>
    public static WhatIfResult Run(TurnInput played, string firmId, FirmDecisions changed)
    {
        var entry = played.Firms[firmId];
        var changes = DecisionFields.Changes(entry.Decisions, changed);
        var errors = DecisionRules.Validate(played.Scenario, changed, entry.State);
        if (errors.Count > 0)
            return new WhatIfResult { FirmId = firmId, Turn = played.Turn, ChangedFields = changes, Errors = errors, Differences = [] };
        var before = IndicatorCatalog.Of(TurnResolver.Resolve(played).Firms[firmId]);
        var after = IndicatorCatalog.Of(TurnResolver.Resolve(played.WithDecisions(firmId, changed)).Firms[firmId])
            .ToDictionary(indicator => indicator.Key, StringComparer.Ordinal);
        return new WhatIfResult
        {
            FirmId = firmId,
            Turn = played.Turn,
            ChangedFields = changes,
            Errors = [],
            Differences = before.Select(indicator => new IndicatorDifference(indicator.Key, indicator.Label, indicator.Unit, indicator.Value,
                after.TryGetValue(indicator.Key, out var replayed) ? replayed.Value : 0m)).ToList(),
        };
    }
}
