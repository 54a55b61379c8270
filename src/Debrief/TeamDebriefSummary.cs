namespace NrcGame.Debrief;

/// <summary>One team in the class debrief.</summary>
public sealed record TeamDebriefSummary
{
    /// <summary>Firm id.</summary>
    public required string FirmId { get; init; }

    /// <summary>The team's name.</summary>
    public required string TeamName { get; init; }

    /// <summary>Main figures of each resolved turn.</summary>
    public required IReadOnlyList<TurnFigures> Figures { get; init; }

    /// <summary>The team's concept cards.</summary>
    public required IReadOnlyList<ConceptCard> Cards { get; init; }

    /// <summary>Objectives against results per turn and segment.</summary>
    public required IReadOnlyList<ObjectiveVariance> Variances { get; init; }

    /// <summary>The latest justification and annotation of each turn.</summary>
    public required IReadOnlyList<TurnComment> Comments { get; init; }
}
