namespace NrcGame.Debrief;

/// <summary>A named table of an export: one sheet of the XLSX, one CSV file.</summary>
/// <param name="Name">Sheet name (French, at most 31 characters).</param>
/// <param name="Headers">Column headers.</param>
/// <param name="Rows">Rows, each with one cell per header.</param>
public sealed record ExportTable(string Name, IReadOnlyList<string> Headers, IReadOnlyList<IReadOnlyList<ExportCell>> Rows);
