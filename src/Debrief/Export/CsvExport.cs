using System.Globalization;
using System.Text;

namespace NrcGame.Debrief;

/// <summary>
/// Writes a table as CSV for a French Excel: semicolon-separated, decimal comma, no thousands separator, CRLF lines,
/// UTF-8 with a byte-order mark. Texts with a separator, a quote or a line break are quoted; texts that a spreadsheet
/// would take for a formula (starting with =, +, −, @) are prefixed with an apostrophe.
/// </summary>
public static class CsvExport
{
    private static readonly UTF8Encoding Utf8WithBom = new(encoderShouldEmitUTF8Identifier: true);

    /// <summary>The CSV bytes of <paramref name="table"/>, BOM included.</summary>
    public static byte[] Write(ExportTable table)
    {
        var text = new StringBuilder();
        AppendLine(text, table.Headers.Select(Text));
        foreach (var row in table.Rows) AppendLine(text, row.Select(Cell));
        return [.. Utf8WithBom.GetPreamble(), .. Utf8WithBom.GetBytes(text.ToString())];
    }

    /// <summary>A number as written in the CSV: 1234.5 → « 1234,5 ».</summary>
    public static string Number(decimal value) => value.ToString(CultureInfo.InvariantCulture).Replace('.', ',');

    private static void AppendLine(StringBuilder text, IEnumerable<string> cells) => text.AppendJoin(';', cells).Append("\r\n");

    private static string Cell(ExportCell cell) => cell.Number is { } number ? Number(number) : Text(cell.Text);

    private static string Text(string value)
    {
        var safe = value.Length > 0 && value[0] is '=' or '+' or '-' or '@' ? "'" + value : value;
        return safe.IndexOfAny([';', '"', '\r', '\n']) >= 0 ? "\"" + safe.Replace("\"", "\"\"") + "\"" : safe;
    }
}
