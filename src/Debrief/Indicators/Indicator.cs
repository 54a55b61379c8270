namespace NrcGame.Debrief;

/// <summary>One named figure of a firm's turn.</summary>
/// <param name="Key">Stable key (e.g. <c>ca_ht</c>, <c>ca_ht.B2C_GP</c>).</param>
/// <param name="Label">French label (e.g. « CA HT »).</param>
/// <param name="Unit">What the value measures.</param>
/// <param name="Value">The value (rates as fractions).</param>
public sealed record Indicator(string Key, string Label, IndicatorUnit Unit, decimal Value);
