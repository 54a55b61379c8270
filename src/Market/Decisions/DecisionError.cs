namespace NrcGame.Market;

/// <summary>A decision outside its allowed range.</summary>
/// <param name="Field">camelCase path of the field (e.g. <c>pricing.listPrice.B2C_GP</c>).</param>
/// <param name="Message">French message naming the field, the value and the allowed range.</param>
public sealed record DecisionError(string Field, string Message);
