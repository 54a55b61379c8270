namespace NrcGame.Grains.Games;

/// <summary>
/// An event card played in the game, as the class hears it: its headline and story, the référentiel
/// sections it illustrates, and the turn its effects apply from. Public (projector, news).
/// </summary>
/// <param name="FromTurn">First turn the card's effects apply to.</param>
/// <param name="Headline">Headline read to the class.</param>
/// <param name="Description">What happens, for the class.</param>
/// <param name="Concepts">Référentiel section ids the event illustrates.</param>
/// <param name="WrittenByTeacher">True for a card the teacher wrote, false for one of the scenario's library.</param>
[GenerateSerializer, Immutable]
public sealed record Announcement(
    [property: Id(0)] int FromTurn,
    [property: Id(1)] string Headline,
    [property: Id(2)] string Description,
    [property: Id(3)] IReadOnlyList<string> Concepts,
    [property: Id(4)] bool WrittenByTeacher);
