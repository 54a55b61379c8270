using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;

namespace NrcGame.LoadTest;

/// <summary>
/// What the app's managed heap holds after a full garbage collection, by type, read with the
/// <c>dotnet-gcdump</c> global tool (<c>dotnet tool install -g dotnet-gcdump</c>), which forces the
/// collection. Unlike the resident memory, it counts only live objects. <c>dotnet-gcdump report</c> prints, per type
/// (split into size buckets for large objects), the size of one object and the count, so
/// <paramref name="BytesByType"/> estimates each type's bytes as their product, summed over its buckets: exact for
/// fixed-size objects, an estimate for arrays and strings.
/// </summary>
internal sealed partial record HeapReport(long TotalBytes, IReadOnlyDictionary<string, (long Bytes, long Count)> BytesByType)
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
        var byType = lines.Select(line => TypeLine().Match(line)).Where(match => match.Success)
            .GroupBy(match => match.Groups["type"].Value)
            .ToDictionary(type => type.Key, type => (
                type.Sum(match => Number(match.Groups["bytes"].Value) * Number(match.Groups["count"].Value)),
                type.Sum(match => Number(match.Groups["count"].Value))));
        return new HeapReport(Number(total.Groups["bytes"].Value), byType);
    }

    /// <summary>The types whose estimated bytes grew most from <paramref name="before"/> to this report, with the growth in bytes and objects.</summary>
    public IEnumerable<(string Type, long Bytes, long Count)> LargestGrowthSince(HeapReport before) =>
        BytesByType.Select(type =>
        {
            var earlier = before.BytesByType.GetValueOrDefault(type.Key);
            return (type.Key, type.Value.Bytes - earlier.Bytes, type.Value.Count - earlier.Count);
        }).OrderByDescending(type => type.Item2);

    private static long Number(string digits) => long.Parse(digits.Replace(",", "", StringComparison.Ordinal), CultureInfo.InvariantCulture);

    /// <summary>The line of the heap statistics giving the live heap's size in bytes.</summary>
    [GeneratedRegex(@"^(?<bytes>[\d,]+)\s+GC Heap bytes")]
    private static partial Regex TotalLine();

    /// <summary>One line of the per-type table: size of one object, count, type, an optional size bucket, the assembly.</summary>
    [GeneratedRegex(@"^(?<bytes>[\d,]+)\s+(?<count>[\d,]+)\s+(?<type>.+?)(\s+\(Bytes > [^)]+\))?\s+\[[^\]]+\]$")]
    private static partial Regex TypeLine();
}
