using System.Text.Json.Nodes;

namespace NrcGame.Scenarios.Tests;

/// <summary>A broken scenario file and the message it must be rejected with.</summary>
/// <param name="Name">File name without extension.</param>
/// <param name="Text">The file's text.</param>
/// <param name="Path">Field path the error must name ("" for the whole file).</param>
/// <param name="Words">Words the message must contain.</param>
internal sealed record BrokenScenario(string Name, string Text, string Path, params string[] Words)
{
    /// <summary>A copy of <c>marche-standard.json</c> broken by <paramref name="breakIt"/>.</summary>
    public static BrokenScenario From(string name, Action<JsonObject> breakIt, string path, params string[] words) =>
        new(name, StandardFile.Broken(breakIt), path, words);

    /// <summary>A hand-written file of the <c>Broken</c> folder.</summary>
    public static BrokenScenario File(string name, string path, params string[] words) =>
        new(name, System.IO.File.ReadAllText(System.IO.Path.Combine(Repository.BrokenFolder, name + ".json")), path, words);
}
