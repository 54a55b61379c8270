using System.Collections.Concurrent;

namespace NrcGame.Grains.Tests;

/// <summary>
/// A silo-side grain call filter that makes one chosen call fail once, to prove that an operation
/// interrupted half-way can be resumed without losing or doubling anything, or hold one back, as a slow grain or store.
/// </summary>
public sealed class FaultInjection : IIncomingGrainCallFilter
{
    private static readonly ConcurrentDictionary<(string GrainKey, string Method), int> Armed = new();
    private static readonly ConcurrentDictionary<(string GrainKey, string Method), Task> Held = new();

    /// <summary>The next call of <paramref name="method"/> on the grain keyed <paramref name="grainKey"/> throws.</summary>
    public static void FailNextCall(string grainKey, string method) => Armed[(grainKey, method)] = 1;

    /// <summary>The next call of <paramref name="method"/> on the grain keyed <paramref name="grainKey"/> runs once <paramref name="release"/> completes; the grain takes no other call meanwhile.</summary>
    public static void HoldNextCall(string grainKey, string method, Task release) => Held[(grainKey, method)] = release;

    /// <inheritdoc />
    public async Task Invoke(IIncomingGrainCallContext context)
    {
        var key = (context.TargetId.Key.ToString(), context.MethodName);
        if (Armed.TryRemove(key, out _)) throw new InvalidOperationException($"Injected fault in {key.MethodName} of {key.Item1}.");
        if (Held.TryRemove(key, out var release)) await release;
        await context.Invoke();
    }
}
