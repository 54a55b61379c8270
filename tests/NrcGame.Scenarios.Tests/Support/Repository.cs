namespace NrcGame.Scenarios.Tests;

/// <summary>Paths of the repository the tests read.</summary>
internal static class Repository
{
    /// <summary>The repository root (the folder holding NrcGame.sln).</summary>
    public static string Root { get; } = FindRoot();

    /// <summary>The shipped scenarios folder.</summary>
    public static string ScenariosFolder => Path.Combine(Root, "scenarios");

    /// <summary>The broken scenario files of the tests.</summary>
    public static string BrokenFolder => Path.Combine(Root, "tests", "NrcGame.Scenarios.Tests", "Broken");

    private static string FindRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "NrcGame.sln"))) return folder.FullName;
        }
        throw new InvalidOperationException("NrcGame.sln not found above the test binaries.");
    }
}
