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
        if (!Revisions.Any(revision => revision.FromTurn <= turn)) return Initial;
        var result = Compose(Revisions, turn);
        return result.Value ?? throw new InvalidOperationException(string.Join(Environment.NewLine, result.Errors.Select(error => error.Message)));
    }

    /// <summary>
    /// Records <paramref name="revision"/> after <paramref name="lastResolvedTurn"/> turns have been resolved: it must
    /// start after that turn, every path and value must fit, and the market must stay valid at every turn it reaches
    /// (an error the initial market already had is not blamed on the change). Otherwise returns the French errors and
    /// the history is unchanged.
    /// </summary>
    public ScenarioResult<ScenarioHistory> Record(ScenarioRevision revision, int lastResolvedTurn)
    {
        var last = ScenarioAt(int.MaxValue).TurnCount;
        if (revision.FromTurn <= lastResolvedTurn || revision.FromTurn > last)
            return Refuse("fromTurn",
                $"le tour {revision.FromTurn} ne convient pas : un changement s'applique à partir du tour {lastResolvedTurn + 1} (le prochain) et au plus tard au tour {last}.");
        if (revision.Changes.Count == 0) return Refuse("changes", "aucun changement à enregistrer.");
        var revisions = Revisions.Append(revision).OrderBy(candidate => candidate.FromTurn).ToList();
        var existing = MarketValidator.Validate(Initial, Label).ToHashSet();
        foreach (var turn in revisions.Select(candidate => candidate.FromTurn).Where(turn => turn >= revision.FromTurn).Distinct())
        {
            var composed = Compose(revisions, turn);
            if (composed.Value is not { } market) return ScenarioResult<ScenarioHistory>.Failure(composed.Errors);
            var introduced = MarketValidator.Validate(market, Label).Where(error => !existing.Contains(error)).ToList();
            if (introduced.Count > 0) return ScenarioResult<ScenarioHistory>.Failure(introduced);
        }
        return ScenarioResult<ScenarioHistory>.Success(this with { Revisions = revisions });
    }

    /// <summary>Plays <paramref name="card"/> after <paramref name="lastResolvedTurn"/> turns: its effects apply from the next turn.</summary>
    public ScenarioResult<ScenarioHistory> Play(EventCard card, int lastResolvedTurn) =>
        Record(new ScenarioRevision(lastResolvedTurn + 1, card.Effects, $"carte {card.Id} : {card.Headline}"), lastResolvedTurn);

    private ScenarioResult<MarketScenario> Compose(IEnumerable<ScenarioRevision> revisions, int turn) =>
        ParameterChanges.ApplyWithoutValidation(Initial, revisions.Where(revision => revision.FromTurn <= turn).SelectMany(revision => revision.Changes), Label);

    private static ScenarioResult<ScenarioHistory> Refuse(string path, string reason) =>
        ScenarioResult<ScenarioHistory>.Failure([new ScenarioError(Label, path, reason)]);
}
