using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace NrcGame.Testing;

/// <summary>Reads an XLSX workbook back as a spreadsheet would show it, for tests of the exports.</summary>
public static class XlsxSheets
{
    /// <summary>Every sheet, in order: name → rows of cell texts (numbers in invariant notation).</summary>
    public static Dictionary<string, List<List<string>>> Read(byte[] xlsx)
    {
        using var document = SpreadsheetDocument.Open(new MemoryStream(xlsx), false);
        var workbook = document.WorkbookPart!;
        return workbook.Workbook.Sheets!.Elements<Sheet>().ToDictionary(
            sheet => sheet.Name!.Value!,
            sheet => ((WorksheetPart)workbook.GetPartById(sheet.Id!.Value!)).Worksheet.Descendants<Row>()
                .Select(row => row.Elements<Cell>().Select(cell => cell.CellValue?.Text ?? cell.InnerText).ToList()).ToList());
    }
}
