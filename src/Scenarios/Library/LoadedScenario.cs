namespace NrcGame.Scenarios;

/// <summary>A valid scenario of the library.</summary>
/// <param name="Id">Identifier: the file name without <c>.json</c> (e.g. <c>marche-standard</c>).</param>
/// <param name="Source">Shipped or teacher-made.</param>
/// <param name="Document">The validated document.</param>
public sealed record LoadedScenario(string Id, ScenarioSource Source, ScenarioDocument Document);
