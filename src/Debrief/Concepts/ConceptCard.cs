namespace NrcGame.Debrief;

/// <summary>
/// A concept card: a decision pattern or event detected in a team's turns, the référentiel section it illustrates
/// quoted in its own wording, the evidence from the team's data and guiding questions (French).
/// </summary>
public sealed record ConceptCard
{
    /// <summary>Id of the rule that produced the card (e.g. <c>remuneration-100-commission</c>).</summary>
    public required string RuleId { get; init; }

    /// <summary>French title of the pattern.</summary>
    public required string Title { get; init; }

    /// <summary>The référentiel section, with all its connaissances and limites de connaissances.</summary>
    public required ReferentielSection Section { get; init; }

    /// <summary>The lines of the section the pattern illustrates most directly, quoted verbatim.</summary>
    public required IReadOnlyList<string> Quoted { get; init; }

    /// <summary>Turns concerned.</summary>
    public required IReadOnlyList<int> Turns { get; init; }

    /// <summary>Evidence from the team's data, one French sentence each, with the figures and turns.</summary>
    public required IReadOnlyList<string> Evidence { get; init; }

    /// <summary>Two or three guiding questions in French.</summary>
    public required IReadOnlyList<string> Questions { get; init; }
}
