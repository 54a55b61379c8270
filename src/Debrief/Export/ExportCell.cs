namespace NrcGame.Debrief;

/// <summary>One cell of an exported table: a number (written as a number, so spreadsheets can compute with it) or a text.</summary>
/// <param name="Number">The number, or null for a text cell.</param>
/// <param name="Text">The text of a text cell (empty for a number cell).</param>
public readonly record struct ExportCell(decimal? Number, string Text)
{
    /// <summary>A number cell.</summary>
    public static ExportCell Of(decimal number) => new(number, "");

    /// <summary>A text cell.</summary>
    public static ExportCell Of(string text) => new(null, text);

    /// <summary>An empty cell.</summary>
    public static ExportCell Empty => new(null, "");
}
