namespace NrcGame.Debrief;

/// <summary>Everything the debrief reads about one firm: its resolved turns in order and who edited its decisions.</summary>
/// <param name="FirmId">Firm id.</param>
/// <param name="Scenario">The market played (its outlook is the environment the team faced).</param>
/// <param name="Turns">Resolved turns, in increasing turn order.</param>
/// <param name="Edits">Decision submissions and withdrawals, any order.</param>
public sealed record TeamHistory(string FirmId, MarketScenario Scenario, IReadOnlyList<TeamTurn> Turns, IReadOnlyList<DecisionEdit> Edits)
{
    /// <summary>The team's name as the class knows it; the firm id when not given.</summary>
    public string TeamName { get => string.IsNullOrEmpty(field) ? FirmId : field; init; } = "";

    /// <summary>Every saved version of the team's justifications and the teacher's annotations, oldest first.</summary>
    public IReadOnlyList<TurnComment> Comments { get; init; } = [];

    /// <summary>The name of segment <paramref name="segmentId"/> in the market played (« Grand public »); the id when unknown.</summary>
    public string SegmentName(string segmentId) =>
        Scenario.Segments.FirstOrDefault(segment => segment.Id == segmentId) is { Name.Length: > 0 } segment ? segment.Name : segmentId;

    /// <summary>The latest saved comment of <paramref name="kind"/> on <paramref name="turn"/>; null when none.</summary>
    public TurnComment? LatestComment(int turn, TurnCommentKind kind) =>
        Comments.LastOrDefault(comment => comment.Turn == turn && comment.Kind == kind);

    /// <summary>The latest justification and annotation of each turn, in turn order (justification first).</summary>
    public IReadOnlyList<TurnComment> LatestComments() =>
        Comments.GroupBy(comment => (comment.Turn, comment.Kind)).Select(versions => versions.Last())
            .OrderBy(comment => comment.Turn).ThenBy(comment => comment.Kind).ToList();

    /// <summary>The history of <paramref name="firmId"/> from the game's turns as played (inputs and outcomes of the same turns, in the same order).</summary>
    /// <param name="firmId">Firm id.</param>
    /// <param name="inputs">Input of each resolved turn.</param>
    /// <param name="outcomes">Outcome of each of these turns.</param>
    /// <param name="edits">The firm's decision submissions and withdrawals.</param>
    /// <param name="comments">The team's justifications and the teacher's annotations, every saved version, oldest first.</param>
    public static TeamHistory From(string firmId, IReadOnlyList<TurnInput> inputs, IReadOnlyList<TurnOutcome> outcomes, IReadOnlyList<DecisionEdit> edits,
        IReadOnlyList<TurnComment>? comments = null)
    {
        if (inputs.Count != outcomes.Count || inputs.Zip(outcomes).Any(pair => pair.First.Turn != pair.Second.Turn))
            throw new ArgumentException("Les entrées et les résultats doivent porter sur les mêmes tours, dans le même ordre.", nameof(outcomes));
        var turns = inputs.Zip(outcomes)
            .Where(pair => pair.First.Firms.ContainsKey(firmId))
            .Select(pair => new TeamTurn(pair.First.Turn, pair.First.Firms[firmId].State, pair.First.Firms[firmId].Decisions, pair.Second.Firms[firmId]))
            .ToList();
        return new TeamHistory(firmId, inputs.Count == 0 ? new MarketScenario() : inputs[^1].Scenario, turns, edits) { Comments = comments ?? [] };
    }
}
