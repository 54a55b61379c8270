namespace NrcGame.Scenarios;

/// <summary>An allowed closed range of a scenario parameter and how to write it in French.</summary>
/// <param name="Min">Lowest allowed value.</param>
/// <param name="Max">Highest allowed value.</param>
/// <param name="Unit">Unit shown in messages.</param>
internal sealed record NumericRange(double Min, double Max, RangeUnit Unit = RangeUnit.None)
{
    /// <summary>Whether <paramref name="value"/> is a finite number within the range.</summary>
    public bool Contains(double value) => double.IsFinite(value) && value >= Min && value <= Max;

    /// <summary>The range as written in messages: « 0,01 – 100 000 € ».</summary>
    public string Describe() => Unit switch
    {
        RangeUnit.Euros => $"{FrenchNumbers.Number(Min)} – {FrenchNumbers.Number(Max)} €",
        RangeUnit.Fraction => $"{FrenchNumbers.Number(Min)} – {FrenchNumbers.Number(Max)}, soit {FrenchNumbers.Percent(Min)} – {FrenchNumbers.Percent(Max)}",
        RangeUnit.Days => $"{FrenchNumbers.Number(Min)} – {FrenchNumbers.Number(Max)} jours",
        RangeUnit.Units => $"{FrenchNumbers.Number(Min)} – {FrenchNumbers.Number(Max)} unités",
        RangeUnit.Quarters => $"{FrenchNumbers.Number(Min)} – {FrenchNumbers.Number(Max)} trimestres",
        _ => $"{FrenchNumbers.Number(Min)} – {FrenchNumbers.Number(Max)}",
    };
}
