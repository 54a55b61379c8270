using NrcGame.Market;

namespace NrcGame.Scenarios;

/// <summary>
/// A scenario file (<c>scenarios/*.json</c>, schema <c>scenarios/scenario.schema.json</c>): a pedagogical header,
/// the market the engine plays (its <see cref="MarketScenario.TurnCount"/> is the number of turns) and the event
/// cards a teacher can play between turns. Read it with <see cref="ScenarioJson.Read"/>, check it with
/// <see cref="ScenarioValidator.Validate"/>.
/// </summary>
public sealed record ScenarioDocument
{
    /// <summary>Title shown to the teacher (French).</summary>
    public string Title { get; init; } = "";

    /// <summary>What the scenario is about, in two sentences (French).</summary>
    public string Summary { get; init; } = "";

    /// <summary>Pedagogical goal: what students should understand at the debrief (French).</summary>
    public string Goal { get; init; } = "";

    /// <summary>Sections of the référentiel the scenario exercises (e.g. S51, S62.2).</summary>
    public IReadOnlyList<ReferentielSection> Sections { get; init; } = [];

    /// <summary>Suggested lesson plan, one step per turn.</summary>
    public IReadOnlyList<LessonStep> LessonPlan { get; init; } = [];

    /// <summary>The market the engine plays.</summary>
    public MarketScenario Market { get; init; } = new();

    /// <summary>Event cards the teacher can play between turns.</summary>
    public IReadOnlyList<EventCard> Events { get; init; } = [];
}
