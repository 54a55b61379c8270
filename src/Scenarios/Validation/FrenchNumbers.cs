using System.Globalization;
using System.Text.Json;

namespace NrcGame.Scenarios;

/// <summary>French number formatting of the messages: « 100 000 », « 0,01 », « 12,5 % ».</summary>
internal static class FrenchNumbers
{
    private static readonly NumberFormatInfo Format = new()
    {
        NumberDecimalSeparator = ",",
        NumberGroupSeparator = " ",
        NegativeSign = "-",
    };

    /// <summary>A number with up to four decimals: « 1 500 », « 0,0025 ».</summary>
    public static string Number(double value) => double.IsNaN(value) ? "NaN" : value.ToString("#,0.####", Format);

    /// <summary>An amount: « 100 000 », « 12,5 ».</summary>
    public static string Number(decimal value) => value.ToString("#,0.####", Format);

    /// <summary>A fraction as a percentage: 0.055 → « 5,5 % ».</summary>
    public static string Percent(double fraction) => (fraction * 100).ToString("#,0.##", Format) + " %";

    /// <summary>A JSON value as the teacher typed it, numbers in French format.</summary>
    public static string Json(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.Number => value.TryGetDecimal(out var number) ? Number(number) : Number(value.GetDouble()),
        JsonValueKind.String => $"« {value.GetString()} »",
        JsonValueKind.Undefined => "(vide)",
        _ => value.GetRawText(),
    };
}
