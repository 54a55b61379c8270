namespace NrcGame.Debrief;

/// <summary>What a rule found in a team's turns: the turns concerned and the evidence, in French.</summary>
/// <param name="Turns">Turns concerned.</param>
/// <param name="Evidence">Evidence sentences with the team's figures.</param>
public sealed record Finding(IReadOnlyList<int> Turns, IReadOnlyList<string> Evidence);
