namespace NrcGame.Debrief;

/// <summary>A decision field whose value differs between two versions of a firm's decisions.</summary>
/// <param name="Path">camelCase path of the field.</param>
/// <param name="Before">Value before (empty when the field did not exist).</param>
/// <param name="After">Value after (empty when the field no longer exists).</param>
public sealed record DecisionChange(string Path, string Before, string After);
