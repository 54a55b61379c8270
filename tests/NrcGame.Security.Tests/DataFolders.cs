namespace NrcGame.Security.Tests;

/// <summary>Copies of an app's data folder (SQLite file and keys), taken while the app is stopped.</summary>
public static class DataFolders
{
    /// <summary>Copies every file of <paramref name="source"/> into <paramref name="target"/>, sub-folders included.</summary>
    public static void Copy(string source, string target)
    {
        foreach (var folder in Directory.EnumerateDirectories(source, "*", SearchOption.AllDirectories))
            Directory.CreateDirectory(Path.Combine(target, Path.GetRelativePath(source, folder)));
        foreach (var file in Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories))
            File.Copy(file, Path.Combine(target, Path.GetRelativePath(source, file)));
    }

    /// <summary>A fresh temporary copy of <paramref name="source"/>.</summary>
    public static string CopyOf(string source)
    {
        var target = Directory.CreateTempSubdirectory("nrcgame-copy-").FullName;
        Copy(source, target);
        return target;
    }
}
