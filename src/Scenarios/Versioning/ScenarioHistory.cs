using NrcGame.Market;

namespace NrcGame.Scenarios;

/// <summary>
/// The market of a game and every revision recorded since it started. Pure and immutable: recording returns a new
/// history. A revision takes effect from its <see cref="ScenarioRevision.FromTurn"/> on and never changes a turn
/// already resolved, so replaying a past turn with <see cref="ScenarioAt"/> uses the parameters in force then.
/// </summary>
/// <param name="Initial">The market the game started with.</param>
/// <param name="Revisions">Revisions in the order they apply: by first turn, then in the order recorded.</param>
public sealed record ScenarioHistory(MarketScenario Initial, IReadOnlyList<ScenarioRevision> Revisions)
{
    private const string Label = "partie en cours";

    /// <summary>A history without revisions.</summary>
    public static ScenarioHistory Start(MarketScenario initial) => new(initial, []);

    /// <summary>The market in force at <paramref name="turn"/>: the initial market with every revision from that turn or before.</summary>
    /// <exception cref="InvalidOperationException">A revision no longer applies (the history was not built with <see cref="Record"/>).</exception>
    public MarketScenario ScenarioAt(int turn)
    {
        var result = Compose(Revisions, turn);
        return result.Value ?? throw new InvalidOperationException(string.Join(Environment.NewLine, result.Errors.Select(error => error.Message)));
    }

    /// <summary>
    /// Records <paramref name="revision"/> after <paramref name="lastResolvedTurn"/> turns have been resolved: it must
    /// start after that turn, and the market must stay valid at every turn it reaches. Otherwise returns the French
    /// errors and the history is unchanged.
    /// </summary>
    public ScenarioResult<ScenarioHistory> Record(ScenarioRevision revision, int lastResolvedTurn)
    {
        var last = ScenarioAt(int.MaxValue).TurnCount;
        if (revision.FromTurn <= lastResolvedTurn || revision.FromTurn > last)
            return Refuse("fromTurn",
                $"le tour {revision.FromTurn} ne convient pas : un changement s'applique à partir du tour {lastResolvedTurn + 1} (le prochain) et au plus tard au tour {last}.");
        if (revision.Changes.Count == 0) return Refuse("changes", "aucun changement à enregistrer.");
        var revisions = Revisions.Append(revision).OrderBy(existing => existing.FromTurn).ToList();
        foreach (var turn in revisions.Select(existing => existing.FromTurn).Where(turn => turn >= revision.FromTurn).Distinct())
        {
            var check = Compose(revisions, turn);
            if (!check.IsValid) return ScenarioResult<ScenarioHistory>.Failure(check.Errors);
        }
        return ScenarioResult<ScenarioHistory>.Success(this with { Revisions = revisions });
    }

    /// <summary>Plays <paramref name="card"/> after <paramref name="lastResolvedTurn"/> turns: its effects apply from the next turn.</summary>
    public ScenarioResult<ScenarioHistory> Play(EventCard card, int lastResolvedTurn) =>
        Record(new ScenarioRevision(lastResolvedTurn + 1, card.Effects, $"carte {card.Id} : {card.Headline}"), lastResolvedTurn);

    private ScenarioResult<MarketScenario> Compose(IEnumerable<ScenarioRevision> revisions, int turn) =>
        ParameterChanges.Apply(Initial, revisions.Where(revision => revision.FromTurn <= turn).SelectMany(revision => revision.Changes), Label);

    private static ScenarioResult<ScenarioHistory> Refuse(string path, string reason) =>
        ScenarioResult<ScenarioHistory>.Failure([new ScenarioError(Label, path, reason)]);
}
