namespace NrcGame.Debrief;

/// <summary>The outcome of an « Et si… ? » replay.</summary>
public sealed record WhatIfResult
{
    /// <summary>Firm whose decisions were changed.</summary>
    public required string FirmId { get; init; }

    /// <summary>Turn replayed.</summary>
    public required int Turn { get; init; }

    /// <summary>Decision fields changed (value played, value replayed).</summary>
    public required IReadOnlyList<DecisionChange> ChangedFields { get; init; }

    /// <summary>Why the changed decisions cannot be replayed (French, field named); when not empty, <see cref="Differences"/> is empty.</summary>
    public required IReadOnlyList<DecisionError> Errors { get; init; }

    /// <summary>Every indicator as played and as replayed.</summary>
    public required IReadOnlyList<IndicatorDifference> Differences { get; init; }
}
