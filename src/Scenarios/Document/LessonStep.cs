namespace NrcGame.Scenarios;

/// <summary>One step of a scenario's suggested lesson plan.</summary>
/// <param name="Turn">Turn (quarter) of the game, from 1.</param>
/// <param name="Focus">What the teacher brings forward at this turn (French).</param>
/// <param name="Concepts">Référentiel section ids the step works on.</param>
public sealed record LessonStep(int Turn, string Focus, IReadOnlyList<string> Concepts);
