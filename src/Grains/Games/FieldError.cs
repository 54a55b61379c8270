namespace NrcGame.Grains.Games;

/// <summary>A rejected input: the field (as the API and UI name it) and a French message for the user.</summary>
[GenerateSerializer, Immutable]
public sealed record FieldError([property: Id(0)] string Field, [property: Id(1)] string Message);

/// <summary>
/// The outcome of a command that users can get wrong: either accepted, or rejected with every
/// reason at once. A rejected command has changed nothing.
/// </summary>
[GenerateSerializer, Immutable]
public sealed record CommandResult([property: Id(0)] IReadOnlyList<FieldError> Errors)
{
    /// <summary>The command was applied.</summary>
    public static CommandResult Accepted { get; } = new([]);

    /// <summary>True when the command was applied.</summary>
    public bool IsAccepted => Errors.Count == 0;

    /// <summary>A rejection for one field.</summary>
    public static CommandResult Reject(string field, string message) => new([new FieldError(field, message)]);
}
