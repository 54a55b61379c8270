using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;

namespace NrcGame.LoadTest;

/// <summary>
/// What the app's managed heap holds after a full garbage collection, by type, read with the
/// <c>dotnet-gcdump</c> global tool (<c>dotnet tool install -g dotnet-gcdump</c>), which forces the
/// collection. Unlike the resident memory, it counts only live objects.
/// </summary>
internal sealed partial record HeapReport(long TotalBytes, IReadOnlyList<string> Lines)
{
    /// <summary>Reports the heap of process <paramref name="processId"/>.</summary>
    public static async Task<HeapReport> OfAsync(int processId)
    {
        var info = new ProcessStartInfo("dotnet-gcdump") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in new[] { "report", "-p", processId.ToString(CultureInfo.InvariantCulture) }) info.ArgumentList.Add(argument);
        using var process = Process.Start(info) ?? throw new InvalidOperationException("dotnet-gcdump could not be started (dotnet tool install -g dotnet-gcdump).");
        var output = await process.StandardOutput.ReadToEndAsync();
        var errors = await process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0) throw new InvalidOperationException($"dotnet-gcdump failed ({process.ExitCode}): {errors}{output}");
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var total = lines.Select(line => TotalLine().Match(line)).FirstOrDefault(match => match.Success)
            ?? throw new InvalidOperationException($"dotnet-gcdump printed no \"GC Heap bytes\" line: {output}");
        return new HeapReport(long.Parse(total.Groups["bytes"].Value.Replace(",", "", StringComparison.Ordinal), CultureInfo.InvariantCulture), lines);
    }

    /// <summary>The line of the heap statistics giving the live heap's size in bytes.</summary>
    [GeneratedRegex(@"^(?<bytes>[\d,]+)\s+GC Heap bytes")]
    private static partial Regex TotalLine();
}
