using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace NrcGame.Debrief;

/// <summary>Writes tables as an XLSX workbook (Open XML SDK), one sheet per table, numbers as numeric cells, texts inline.</summary>
public static class XlsxExport
{
    /// <summary>The XLSX bytes of a workbook with one sheet per table, in order.</summary>
    public static byte[] Write(IReadOnlyList<ExportTable> tables)
    {
        using var stream = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook))
        {
            var workbook = document.AddWorkbookPart();
            workbook.Workbook = new Workbook();
            var sheets = workbook.Workbook.AppendChild(new Sheets());
            for (var index = 0; index < tables.Count; index++)
            {
                var table = tables[index];
                var part = workbook.AddNewPart<WorksheetPart>();
                var data = new SheetData();
                data.Append(Row(1, table.Headers.Select(ExportCell.Of)));
                for (var row = 0; row < table.Rows.Count; row++) data.Append(Row((uint)row + 2, table.Rows[row]));
                part.Worksheet = new Worksheet(data);
                sheets.Append(new Sheet { Id = workbook.GetIdOfPart(part), SheetId = (uint)index + 1, Name = table.Name });
            }
            workbook.Workbook.Save();
        }
        return stream.ToArray();
    }

    /// <summary>Column letters of a 0-based column index: 0 → A, 25 → Z, 26 → AA.</summary>
    public static string ColumnName(int index) => index < 26 ? ((char)('A' + index)).ToString() : ColumnName(index / 26 - 1) + (char)('A' + index % 26);

    private static Row Row(uint number, IEnumerable<ExportCell> cells)
    {
        var row = new Row { RowIndex = number };
        var column = 0;
        foreach (var cell in cells)
        {
            var reference = ColumnName(column++) + number;
            row.Append(cell.Number is { } value
                ? new Cell { CellReference = reference, DataType = CellValues.Number, CellValue = new CellValue(value) }
                : new Cell { CellReference = reference, DataType = CellValues.InlineString, InlineString = new InlineString(new Text(cell.Text)) });
        }
        return row;
    }
}
