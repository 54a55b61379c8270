using System.Globalization;

namespace NrcGame.Market;

/// <summary>French number formatting of messages and labels (product.md: "1 234,56 €").</summary>
internal static class FrenchFormat
{
    private static readonly NumberFormatInfo Numbers = new()
    {
        NumberDecimalSeparator = ",",
        NumberGroupSeparator = " ",
        PercentDecimalSeparator = ",",
        PercentGroupSeparator = " ",
    };

    /// <summary>An amount in euros: "10 000 €", "12,50 €".</summary>
    public static string Euros(decimal amount) =>
        (amount == decimal.Truncate(amount) ? amount.ToString("#,0", Numbers) : amount.ToString("#,0.00", Numbers)) + " €";

    /// <summary>A rate as a percentage: 0.055 → "5,5 %".</summary>
    public static string Percent(decimal rate) => (rate * 100m).ToString("#,0.##", Numbers) + " %";

    /// <summary>A plain number: "1 500", "0,25".</summary>
    public static string Number(double value) => value.ToString("#,0.##", Numbers);
}
