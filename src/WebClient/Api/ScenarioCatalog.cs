using NrcGame.Scenarios;
using NrcGame.Silo.Hosting;

namespace NrcGame.WebClient.Api;

/// <summary>
/// The scenarios teachers choose from: the shipped ones (copied next to the app at build time)
/// and the teachers' imported copies (in the data folder), validated on load. A file that fails
/// validation is left out and its French errors are logged.
/// </summary>
public sealed class ScenarioCatalog
{
    /// <summary>Loads both folders.</summary>
    public ScenarioCatalog(IConfiguration configuration, ILogger<ScenarioCatalog> logger)
    {
        var hosting = configuration.GetSection(NrcGameHostingOptions.SectionName).Get<NrcGameHostingOptions>() ?? new NrcGameHostingOptions();
        Library = ScenarioLibrary.Load(Path.Combine(AppContext.BaseDirectory, "scenarios"), Path.Combine(hosting.DataFolderFullPath, "scenarios"));
        foreach (var error in Library.Errors) logger.LogError("Scenario not loaded: {Error}", error.Message);
    }

    /// <summary>The loaded scenarios.</summary>
    public ScenarioLibrary Library { get; }

    /// <summary>The scenarios offered to teachers, shipped first.</summary>
    public IEnumerable<ScenarioInfo> List() =>
        Library.Scenarios.Select(loaded => new ScenarioInfo(
            loaded.Id, loaded.Document.Title, loaded.Document.Summary, loaded.Document.Goal, loaded.Source == ScenarioSource.Teacher,
            loaded.Document.Market.TurnCount, loaded.Document.Sections.Select(section => section.Id).ToList()));

    /// <summary>A scenario by id, or null.</summary>
    public LoadedScenario? Find(string id) => Library.Find(id);
}

/// <summary>What the home page lists for each scenario.</summary>
public sealed record ScenarioInfo(string Id, string Title, string Summary, string Goal, bool TeacherCopy, int TurnCount, IReadOnlyList<string> Sections);
