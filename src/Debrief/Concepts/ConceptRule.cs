namespace NrcGame.Debrief;

/// <summary>
/// A rule that detects a decision pattern or an event in a team's turns and attaches the référentiel section it
/// illustrates. Pure: it reads the history and produces one card per finding.
/// </summary>
public abstract class ConceptRule
{
    /// <summary>Stable id of the rule.</summary>
    public abstract string Id { get; }

    /// <summary>Section of the référentiel the pattern illustrates.</summary>
    public abstract string SectionId { get; }

    /// <summary>French title of the pattern.</summary>
    public abstract string Title { get; }

    /// <summary>Beginnings of the lines of the section quoted on the card; each must start exactly one line (connaissance or limite) of the section.</summary>
    public abstract IReadOnlyList<string> QuotedLineStarts { get; }

    /// <summary>The lines of the section quoted on the card, verbatim.</summary>
    public IReadOnlyList<string> Quoted
    {
        get
        {
            var section = Referentiel.Section(SectionId);
            var lines = section.Knowledge.Concat(section.Limits).ToList();
            return QuotedLineStarts.Select(start => lines.Single(line => line.StartsWith(start, StringComparison.Ordinal))).ToList();
        }
    }

    /// <summary>Guiding questions in French.</summary>
    public abstract IReadOnlyList<string> Questions { get; }

    /// <summary>The cards of <paramref name="history"/>: one per finding.</summary>
    public IReadOnlyList<ConceptCard> Detect(TeamHistory history) =>
        Find(history).Select(finding => new ConceptCard
        {
            RuleId = Id,
            Title = Title,
            Section = Referentiel.Section(SectionId),
            Quoted = Quoted,
            Turns = finding.Turns,
            Evidence = finding.Evidence,
            Questions = Questions,
        }).ToList();

    /// <summary>What the rule finds in <paramref name="history"/>; empty when the pattern is absent.</summary>
    protected abstract IEnumerable<Finding> Find(TeamHistory history);

    /// <summary>Consecutive pairs of turns (previous, current).</summary>
    protected static IEnumerable<(TeamTurn Previous, TeamTurn Current)> Pairs(TeamHistory history) =>
        history.Turns.Zip(history.Turns.Skip(1));
}
