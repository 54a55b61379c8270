using System.Text;

namespace NrcGame.Scenarios;

/// <summary>Reads one uploaded scenario file (at most <see cref="MaxBytes"/>) into a validated document or French errors.</summary>
public static class ScenarioImport
{
    /// <summary>Largest file accepted: 1 Mo.</summary>
    public const int MaxBytes = 1024 * 1024;

    /// <summary>Imports the text of a file named <paramref name="fileName"/>.</summary>
    public static ScenarioResult<ScenarioDocument> FromText(string fileName, string text) =>
        Encoding.UTF8.GetByteCount(text) > MaxBytes ? TooLarge(fileName) : ScenarioJson.Read(text, fileName);

    /// <summary>Imports an uploaded stream (UTF-8), reading at most one byte more than the limit.</summary>
    public static async Task<ScenarioResult<ScenarioDocument>> FromStreamAsync(string fileName, Stream content, CancellationToken cancellation = default)
    {
        var buffer = new byte[MaxBytes + 1];
        var length = 0;
        int read;
        while (length < buffer.Length && (read = await content.ReadAsync(buffer.AsMemory(length), cancellation)) > 0) length += read;
        if (length > MaxBytes) return TooLarge(fileName);
        try
        {
            return ScenarioJson.Read(new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(buffer, 0, length), fileName);
        }
        catch (DecoderFallbackException)
        {
            return ScenarioResult<ScenarioDocument>.Failure([new ScenarioError(fileName, "", "le fichier n'est pas un texte UTF-8 : enregistrez-le au format JSON (UTF-8).")]);
        }
    }

    /// <summary>The refusal of a file over the limit.</summary>
    internal static ScenarioResult<ScenarioDocument> TooLarge(string fileName) =>
        ScenarioResult<ScenarioDocument>.Failure([new ScenarioError(fileName, "", $"le fichier dépasse la taille maximale de {MaxBytes / 1024} Ko.")]);
}
