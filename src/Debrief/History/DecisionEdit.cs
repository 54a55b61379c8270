namespace NrcGame.Debrief;

/// <summary>One submission (or withdrawal) of a firm's decisions by a team member: the coordination evidence of S61.1.</summary>
/// <param name="Turn">Turn the decisions were for.</param>
/// <param name="Author">Who submitted them.</param>
/// <param name="At">When.</param>
/// <param name="Withdrawn">True when the submission was withdrawn.</param>
public sealed record DecisionEdit(int Turn, string Author, DateTimeOffset At, bool Withdrawn);
