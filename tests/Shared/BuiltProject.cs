using System.Diagnostics;

namespace NrcGame.Testing;

/// <summary>Command lines that run the repository's built programs (src/WebClient, src/Silo) as their own processes.</summary>
public static class BuiltProject
{
    /// <summary>
    /// <c>dotnet src/&lt;project&gt;/bin/&lt;configuration&gt;/net10.0/&lt;assembly&gt;</c>, started in the
    /// project folder, in the Production environment, with the test's build configuration.
    /// </summary>
    public static ProcessStartInfo StartInfo(string project, string assembly)
    {
        var folder = Path.Combine(RepositoryRoot(), "src", project);
        var dll = Path.Combine(folder, "bin", BuildConfiguration, "net10.0", assembly);
        if (!File.Exists(dll)) throw new FileNotFoundException($"src/{project} must be built before the tests that start it: {dll}");
        var info = new ProcessStartInfo("dotnet") { WorkingDirectory = folder, ArgumentList = { dll } };
        info.Environment["DOTNET_ENVIRONMENT"] = "Production";
        info.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        return info;
    }

    private static string BuildConfiguration =>
        AppContext.BaseDirectory.Contains($"{Path.DirectorySeparatorChar}Release{Path.DirectorySeparatorChar}") ? "Release" : "Debug";

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "NrcGame.sln"))) return dir.FullName;
        throw new DirectoryNotFoundException("NrcGame.sln not found above the test folder.");
    }
}
