namespace NrcGame.Scenarios;

/// <summary>
/// An event the teacher can inject between turns (product.md "inject event cards"): read to the class, tagged
/// with the concepts it illustrates, and changing the market through parameter changes that take effect from the
/// next turn (<see cref="ScenarioHistory.Play"/>).
/// </summary>
public sealed record EventCard
{
    /// <summary>Identifier, unique in the scenario (letters, digits, <c>_</c>, <c>-</c>).</summary>
    public string Id { get; init; } = "";

    /// <summary>Headline read to the class (French).</summary>
    public string Headline { get; init; } = "";

    /// <summary>What happens and what it changes, for the class (French).</summary>
    public string Description { get; init; } = "";

    /// <summary>Référentiel section ids the event illustrates.</summary>
    public IReadOnlyList<string> Concepts { get; init; } = [];

    /// <summary>Parameter changes applied to the market when the card is played.</summary>
    public IReadOnlyList<ParameterChange> Effects { get; init; } = [];
}
