namespace NrcGame.Scenarios;

/// <summary>Parameter changes in force from a given turn on (a teacher's edit or a played event card).</summary>
/// <param name="FromTurn">First turn resolved with these changes.</param>
/// <param name="Changes">The changes, applied in order.</param>
/// <param name="Origin">Who or what made them, for the audit log (e.g. « professeur », « carte RECESSION »).</param>
public sealed record ScenarioRevision(int FromTurn, IReadOnlyList<ParameterChange> Changes, string Origin);
