namespace NrcGame.Debrief;

/// <summary>Who wrote a comment on a team's turn.</summary>
public enum TurnCommentKind
{
    /// <summary>The team's justification of its main decisions of the turn.</summary>
    Justification,

    /// <summary>The teacher's annotation of the team's turn.</summary>
    Annotation,
}

/// <summary>One saved version of a justification or an annotation of a team's turn: what, who, when.</summary>
/// <param name="Turn">Turn commented (1-based).</param>
/// <param name="Kind">Justification (team) or annotation (teacher).</param>
/// <param name="Text">The text as saved.</param>
/// <param name="Author">Display name of who saved it.</param>
/// <param name="At">When it was saved.</param>
public sealed record TurnComment(int Turn, TurnCommentKind Kind, string Text, string Author, DateTimeOffset At)
{
    /// <summary>The French name of the comment's kind, as in the debrief and the exports.</summary>
    public string KindLabel => LabelOf(Kind);

    /// <summary>The French name of <paramref name="kind"/>: « Justification de l'équipe », « Annotation de l'enseignant·e ».</summary>
    public static string LabelOf(TurnCommentKind kind) => kind == TurnCommentKind.Justification ? "Justification de l'équipe" : "Annotation de l'enseignant·e";

    /// <summary>Both kinds, justification first.</summary>
    public static IReadOnlyList<TurnCommentKind> Kinds { get; } = [TurnCommentKind.Justification, TurnCommentKind.Annotation];
}
