using System.Collections.Concurrent;

namespace NrcGame.LoadTest;

/// <summary>Every duration measured during play, in milliseconds.</summary>
internal sealed class Measurements
{
    /// <summary>Each student's decision submission, request to response.</summary>
    public ConcurrentBag<double> Submit { get; } = [];

    /// <summary>Each resolution: from the teacher's resolve request to the last connection of the class holding the standings.</summary>
    public ConcurrentBag<double> Standings { get; } = [];

    /// <summary>Each resolution: from the teacher's resolve request to its response (everything stored).</summary>
    public ConcurrentBag<double> ResolveReply { get; } = [];

    /// <summary>The floor at the same moment: from the broadcast request to the bare server to the last floor connection of the class holding it.</summary>
    public ConcurrentBag<double> Floor { get; } = [];
}
