using NrcGame.Grains.Games;

namespace NrcGame.Grains.Firms;

/// <summary>Who writes a note on a firm's turn, and why.</summary>
public enum TurnNoteKind
{
    /// <summary>The team explains its main decisions of the turn (written by its students).</summary>
    Justification,

    /// <summary>The teacher comments the team's turn (written by the teacher).</summary>
    Annotation,
}

/// <summary>
/// One version of a note on a firm's turn. Every save is kept (who, when, what); the latest one of a turn and kind is
/// the note shown in the debrief and the exports.
/// </summary>
[GenerateSerializer, Immutable]
public sealed record TurnNoteRecord(
    [property: Id(0)] int Turn,
    [property: Id(1)] TurnNoteKind Kind,
    [property: Id(2)] string Text,
    [property: Id(3)] string Author,
    [property: Id(4)] DateTimeOffset At);

/// <summary>What a note may be: a short text on a turn that the firm has played, named in French when refused.</summary>
public static class TurnNoteRules
{
    /// <summary>Longest justification, in characters: a short paragraph, read aloud in a debrief.</summary>
    public const int MaxJustificationLength = 800;

    /// <summary>Longest teacher annotation, in characters.</summary>
    public const int MaxAnnotationLength = 1200;

    /// <summary>The French name of a note kind, as the field is labelled in the UI.</summary>
    public static string Label(TurnNoteKind kind) => kind == TurnNoteKind.Justification ? "Justification" : "Annotation de l'enseignant·e";

    /// <summary>The longest text of <paramref name="kind"/>.</summary>
    public static int MaxLength(TurnNoteKind kind) => kind == TurnNoteKind.Justification ? MaxJustificationLength : MaxAnnotationLength;

    /// <summary>
    /// Checks a note for <paramref name="turn"/> of a firm that has resolved <paramref name="resolvedTurns"/> turns:
    /// a justification may explain the decisions of a resolved turn or of the open one, an annotation comments a
    /// resolved turn. The text (already trimmed) must be non-empty and short. Every reason at once, field named.
    /// </summary>
    public static CommandResult Check(TurnNoteKind kind, int turn, string text, int resolvedTurns, int openTurn)
    {
        var label = Label(kind);
        var errors = new List<FieldError>();
        var lastTurn = kind == TurnNoteKind.Justification ? openTurn : resolvedTurns;
        if (lastTurn < 1)
            errors.Add(new FieldError("turn", $"{label} : aucun trimestre n'a encore été résolu."));
        else if (turn < 1 || turn > lastTurn)
            errors.Add(new FieldError("turn", $"{label} : le trimestre {turn} n'existe pas encore (trimestres possibles : 1 à {lastTurn})."));
        if (text.Length == 0)
            errors.Add(new FieldError("text", $"{label} : le texte est vide."));
        else if (text.Length > MaxLength(kind))
            errors.Add(new FieldError("text", $"{label} : {text.Length} caractères, {MaxLength(kind)} au plus."));
        return new CommandResult(errors);
    }
}
