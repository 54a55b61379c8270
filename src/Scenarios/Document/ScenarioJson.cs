using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace NrcGame.Scenarios;

/// <summary>
/// Reads and writes scenario files: System.Text.Json with web defaults (camelCase), enums as names, unknown
/// fields refused (a typo must not silently fall back to a default). <see cref="Read"/> never throws for bad
/// content: it returns the document or every French error (malformed JSON with line and position, missing
/// required fields, wrong types, then <see cref="ScenarioValidator"/>).
/// </summary>
public static class ScenarioJson
{
    /// <summary>Serializer options of scenario files and parameter changes.</summary>
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter() },
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
        WriteIndented = true,
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
    };

    private static readonly JsonDocumentOptions DocumentOptions = new() { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true };

    /// <summary>Reads and validates a scenario file's text; <paramref name="file"/> names it in messages.</summary>
    public static ScenarioResult<ScenarioDocument> Read(string text, string file)
    {
        JsonNode? tree;
        try
        {
            tree = JsonNode.Parse(text, documentOptions: DocumentOptions);
        }
        catch (JsonException exception)
        {
            return Fail(file, "", JsonErrors.Syntax(exception));
        }
        if (tree is not JsonObject root)
            return Fail(file, "", "le fichier doit contenir un objet JSON { … } avec title, summary, goal, sections, market et events.");
        var missing = RequiredFields.Check(root, file);
        if (missing.Count > 0) return ScenarioResult<ScenarioDocument>.Failure(missing);
        ScenarioDocument? document;
        try
        {
            document = root.Deserialize<ScenarioDocument>(Options);
        }
        catch (JsonException exception)
        {
            return Fail(file, JsonErrors.ScenarioPath(root, exception.Path), JsonErrors.Content(exception));
        }
        if (document is null) return Fail(file, "", "le fichier est vide.");
        return ScenarioResult<ScenarioDocument>.From(document, ScenarioValidator.Validate(document, file));
    }

    /// <summary>The file text of <paramref name="document"/> (indented, camelCase), for export.</summary>
    public static string Write(ScenarioDocument document) => JsonSerializer.Serialize(document, Options);

    private static ScenarioResult<ScenarioDocument> Fail(string file, string path, string reason) =>
        ScenarioResult<ScenarioDocument>.Failure([new ScenarioError(file, path, reason)]);
}
