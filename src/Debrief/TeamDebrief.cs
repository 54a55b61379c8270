namespace NrcGame.Debrief;

/// <summary>The whole debrief of one firm: its history, the change of each turn decomposed by cause, its concept cards and its analyse des écarts.</summary>
public sealed record TeamDebrief
{
    /// <summary>The firm's turns and decision edits.</summary>
    public required TeamHistory History { get; init; }

    /// <summary>One decomposition per turn from the second played on (turn N against turn N − 1).</summary>
    public required IReadOnlyList<ChangeDecomposition> Changes { get; init; }

    /// <summary>Concept cards of the firm's history.</summary>
    public required IReadOnlyList<ConceptCard> Cards { get; init; }

    /// <summary>Objectives against results per turn and segment.</summary>
    public required IReadOnlyList<ObjectiveVariance> Variances { get; init; }

    /// <summary>How the écarts are computed (French, shown with the table).</summary>
    public string VarianceMethod => ObjectiveVariance.Method;

    /// <summary>Per turn, the decision fields changed since the previous turn and who submitted or withdrew, when.</summary>
    public required IReadOnlyList<TurnDecisionLog> Decisions { get; init; }

    /// <summary>The main figures of each turn (what the printed debrief shows).</summary>
    public required IReadOnlyList<TurnFigures> Figures { get; init; }

    /// <summary>The latest justification and annotation of each turn (every version stays in <see cref="TeamHistory.Comments"/>).</summary>
    public required IReadOnlyList<TurnComment> Comments { get; init; }

    /// <summary>The debrief of <paramref name="firmId"/> from the game's turns as played, in turn order (consecutive turns from the first).</summary>
    /// <param name="firmId">Firm id.</param>
    /// <param name="inputs">Input of each resolved turn.</param>
    /// <param name="outcomes">Outcome of each of these turns.</param>
    /// <param name="edits">The firm's decision submissions and withdrawals.</param>
    /// <param name="comments">The team's justifications and the teacher's annotations, every saved version, oldest first.</param>
    public static TeamDebrief Build(string firmId, IReadOnlyList<TurnInput> inputs, IReadOnlyList<TurnOutcome> outcomes, IReadOnlyList<DecisionEdit> edits,
        IReadOnlyList<TurnComment>? comments = null)
    {
        var history = TeamHistory.From(firmId, inputs, outcomes, edits, comments);
        var changes = Enumerable.Range(1, Math.Max(0, inputs.Count - 1))
            .Where(index => inputs[index - 1].Firms.ContainsKey(firmId) && inputs[index].Firms.ContainsKey(firmId))
            .Select(index => ChangeDecomposer.Decompose(inputs[index - 1], outcomes[index - 1].Firms[firmId], inputs[index], firmId))
            .ToList();
        return new TeamDebrief
        {
            History = history,
            Changes = changes,
            Cards = ConceptRules.Detect(history),
            Variances = VarianceAnalysis.Of(history),
            Decisions = TurnDecisionLog.Of(history),
            Figures = TurnFigures.Of(history),
            Comments = history.LatestComments(),
        };
    }
}
