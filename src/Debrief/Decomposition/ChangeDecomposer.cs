namespace NrcGame.Debrief;

/// <summary>
/// Decomposes the change of a firm's sales and profit between turn N − 1 and turn N by cause, by re-running the
/// deterministic engine on turn N once per cause with that cause reverted (<see cref="CauseReversion"/>). Pure: the
/// inputs are not modified and nothing is stored. The figures of turn N are those of a re-run of turn N as played: the
/// engine being deterministic, they equal the stored result, and every effect is measured against the same run.
/// </summary>
public static class ChangeDecomposer
{
    /// <summary>The decomposition of <paramref name="firmId"/>'s change from turn N − 1 to turn N.</summary>
    /// <param name="previous">Input of turn N − 1 as played.</param>
    /// <param name="previousResult">The firm's result of turn N − 1.</param>
    /// <param name="current">Input of turn N as played (its states are the results' next states of N − 1).</param>
    /// <param name="firmId">Firm whose change is explained.</param>
    /// <exception cref="ArgumentException">The turns are not consecutive, or the firm did not play both.</exception>
    public static ChangeDecomposition Decompose(TurnInput previous, FirmTurnResult previousResult, TurnInput current, string firmId)
    {
        if (current.Turn != previous.Turn + 1)
            throw new ArgumentException($"Le tour {current.Turn} ne suit pas le tour {previous.Turn} : la décomposition compare deux tours consécutifs.", nameof(current));
        if (!previous.Firms.ContainsKey(firmId) || !current.Firms.ContainsKey(firmId))
            throw new ArgumentException($"L'entreprise « {firmId} » n'a pas joué les tours {previous.Turn} et {current.Turn}.", nameof(firmId));
        var actual = SalesAndProfit.Of(TurnResolver.Resolve(current).Firms[firmId]);
        var effects = Enum.GetValues<ChangeCause>().Select(cause =>
        {
            var reverted = TurnResolver.Resolve(CauseReversion.Revert(current, previous, firmId, cause)).Firms[firmId];
            return new CauseEffect(cause, CauseReversion.Label(cause), CauseReversion.Explanation(cause), actual - SalesAndProfit.Of(reverted));
        }).ToList();
        return new ChangeDecomposition
        {
            FirmId = firmId,
            Turn = current.Turn,
            Previous = SalesAndProfit.Of(previousResult),
            Current = actual,
            Effects = effects,
        };
    }
}
