namespace NrcGame.Scenarios;

/// <summary>One step of a <see cref="ParameterPath"/>.</summary>
/// <param name="Token">Field name or map key (after a dot), or selector (inside brackets: an id, a position from 1, or <c>*</c>).</param>
/// <param name="IsSelector">Whether the step was written in brackets.</param>
public sealed record PathStep(string Token, bool IsSelector)
{
    /// <summary>Whether the step selects every element or key.</summary>
    public bool IsWildcard => IsSelector && Token == "*";
}
