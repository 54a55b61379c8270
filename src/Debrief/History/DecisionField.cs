namespace NrcGame.Debrief;

/// <summary>One leaf of a firm's decisions, named by its camelCase path (e.g. <c>remuneration.commissionRate</c>, <c>pricing.listPrice.B2C_GP</c>).</summary>
/// <param name="Path">camelCase path, the same convention as <see cref="DecisionError.Field"/>.</param>
/// <param name="Text">The value as text (numbers in invariant notation, booleans « oui »/« non », enums by name).</param>
/// <param name="Number">The value when it is a number, else null.</param>
public sealed record DecisionField(string Path, string Text, decimal? Number);
