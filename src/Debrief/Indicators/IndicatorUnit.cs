namespace NrcGame.Debrief;

/// <summary>What an indicator's value measures, for formatting.</summary>
public enum IndicatorUnit
{
    /// <summary>Euros.</summary>
    Euros,

    /// <summary>Units of product.</summary>
    Units,

    /// <summary>A fraction (0.25 = 25 %).</summary>
    Rate,

    /// <summary>Days.</summary>
    Days,

    /// <summary>A count (reps).</summary>
    Count,

    /// <summary>Points of the composite score (0–100).</summary>
    Points,
}
