namespace NrcGame.Scenarios;

/// <summary>How a range is written in a French message.</summary>
internal enum RangeUnit
{
    /// <summary>A plain number: « (2 – 4,5) ».</summary>
    None,

    /// <summary>Euros: « (0,01 – 100 000 €) ».</summary>
    Euros,

    /// <summary>A fraction also shown as a percentage: « (0,1 – 0,35, soit 10 % – 35 %) ».</summary>
    Fraction,

    /// <summary>Days: « (0 – 60 jours) ».</summary>
    Days,

    /// <summary>Units of product or accounts: « (0 – 10 000 000 unités) ».</summary>
    Units,

    /// <summary>Quarters: « (1 – 2 trimestres) ».</summary>
    Quarters,
}
