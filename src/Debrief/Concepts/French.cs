using System.Globalization;

namespace NrcGame.Debrief;

/// <summary>French formatting of the figures quoted in evidence and exports: « 1 234,56 € », « 12,5 % ».</summary>
internal static class French
{
    private static readonly NumberFormatInfo Numbers = new()
    {
        NumberDecimalSeparator = ",",
        NumberGroupSeparator = "\u00a0",
    };

    /// <summary>An amount in euros with cents only when needed.</summary>
    public static string Euros(decimal amount) =>
        (amount == decimal.Truncate(amount) ? amount.ToString("#,0", Numbers) : amount.ToString("#,0.00", Numbers)) + "\u00a0€";

    /// <summary>A fraction as a percentage with one decimal: 0.125 → « 12,5 % ».</summary>
    public static string Percent(double rate) => (rate * 100).ToString("#,0.0", Numbers) + "\u00a0%";

    /// <summary>A fraction as a percentage with one decimal.</summary>
    public static string Percent(decimal rate) => Percent((double)rate);

    /// <summary>A number with at most two decimals.</summary>
    public static string Number(double value) => value.ToString("#,0.##", Numbers);
}
