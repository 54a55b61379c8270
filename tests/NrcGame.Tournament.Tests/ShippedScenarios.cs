using NrcGame.Market;
using NrcGame.Scenarios;

namespace NrcGame.Tournament.Tests;

/// <summary>The scenarios shipped in the repository's scenarios/ folder, loaded as the app loads them.</summary>
internal static class ShippedScenarios
{
    private static readonly Lazy<ScenarioLibrary> Library = new(() => ScenarioLibrary.Load(Path.Combine(FindRoot(), "scenarios")));

    /// <summary>Ids of every shipped scenario.</summary>
    public static IReadOnlyList<string> Ids() => Library.Value.Scenarios.Select(scenario => scenario.Id).ToList();

    /// <summary>Ids of every shipped scenario (xunit member data).</summary>
    public static TheoryData<string> Data() => new(Ids());

    /// <summary>The market of a shipped scenario.</summary>
    public static MarketScenario Market(string id) => Library.Value.Find(id)?.Document.Market ?? throw new InvalidOperationException($"scenario {id} not shipped");

    private static string FindRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
            if (File.Exists(Path.Combine(folder.FullName, "NrcGame.sln"))) return folder.FullName;
        throw new InvalidOperationException("NrcGame.sln not found above the test binaries.");
    }
}
