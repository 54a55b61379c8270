namespace NrcGame.Debrief;

/// <summary>One indicator as played, as re-run, and the difference (re-run − played).</summary>
/// <param name="Key">Indicator key.</param>
/// <param name="Label">French label.</param>
/// <param name="Unit">What the values measure.</param>
/// <param name="Played">Value as played.</param>
/// <param name="WhatIf">Value in the re-run.</param>
public sealed record IndicatorDifference(string Key, string Label, IndicatorUnit Unit, decimal Played, decimal WhatIf)
{
    /// <summary>Re-run − played.</summary>
    public decimal Difference => WhatIf - Played;
}
