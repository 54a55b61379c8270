using System.Text.Json.Nodes;

namespace NrcGame.Scenarios.Tests;

/// <summary>The shipped <c>marche-standard.json</c>, as text and as a JSON tree to break on purpose.</summary>
internal static class StandardFile
{
    /// <summary>The file's text.</summary>
    public static string Text { get; } = File.ReadAllText(Path.Combine(Repository.ScenariosFolder, "marche-standard.json"));

    /// <summary>The valid document.</summary>
    public static ScenarioDocument Document => ScenarioJson.Read(Text, "marche-standard.json").Value!;

    /// <summary>The file's text after <paramref name="breakIt"/> has changed its tree.</summary>
    public static string Broken(Action<JsonObject> breakIt)
    {
        var root = JsonNode.Parse(Text)!.AsObject();
        breakIt(root);
        return root.ToJsonString();
    }
}
