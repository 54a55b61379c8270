using System.Text.Json;
using NrcGame.Grains;
using NrcGame.Market;

namespace NrcGame.WebClient.Api;

/// <summary>
/// The market scenarios shipped in <c>scenarios/</c> (copied next to the app at build time),
/// read once at start-up. A file that cannot be read is reported in the log and left out.
/// </summary>
public sealed class ScenarioCatalog
{
    private readonly Dictionary<string, ScenarioFile> scenarios;

    /// <summary>Loads every <c>*.json</c> of the scenarios folder.</summary>
    public ScenarioCatalog(ILogger<ScenarioCatalog> logger)
    {
        var folder = Path.Combine(AppContext.BaseDirectory, "scenarios");
        scenarios = [];
        foreach (var path in Directory.Exists(folder) ? Directory.GetFiles(folder, "*.json").Order() : Enumerable.Empty<string>())
        {
            try
            {
                var file = JsonSerializer.Deserialize<ScenarioFile>(File.ReadAllText(path), SerializationConfiguration.MarketJson)
                    ?? throw new JsonException("empty file");
                scenarios[Path.GetFileNameWithoutExtension(path)] = file;
            }
            catch (JsonException exception)
            {
                logger.LogError(exception, "Scenario file {Path} is not valid and was not loaded.", path);
            }
        }
    }

    /// <summary>The scenarios offered to teachers, in file-name order.</summary>
    public IEnumerable<ScenarioInfo> List() =>
        scenarios.Select(entry => new ScenarioInfo(entry.Key, entry.Value.Title, entry.Value.Summary));

    /// <summary>A scenario by id (its file name without extension), or null.</summary>
    public ScenarioFile? Find(string id) => scenarios.GetValueOrDefault(id);
}

/// <summary>A scenario file: a pedagogical header and the market.</summary>
/// <param name="Title">Title shown to the teacher.</param>
/// <param name="Summary">What the scenario teaches, in two sentences.</param>
/// <param name="Market">The market itself.</param>
public sealed record ScenarioFile(string Title, string Summary, MarketScenario Market);

/// <summary>What the home page lists for each scenario.</summary>
public sealed record ScenarioInfo(string Id, string Title, string Summary);
