using System.Collections.Concurrent;

namespace NrcGame.Grains.Tests;

/// <summary>
/// A silo-side grain call filter that makes chosen calls fail, to prove that an operation interrupted half-way can be
/// resumed without losing or doubling anything, or holds one back, as a slow grain or store. A call is chosen by the
/// grain's key and the grain interface's method (grains of different kinds may share a key: a firm and its sales team).
/// </summary>
public sealed class FaultInjection : IIncomingGrainCallFilter
{
    private static readonly ConcurrentDictionary<(string GrainKey, Type Grain, string Method), int> Armed = new();
    private static readonly ConcurrentDictionary<(string GrainKey, Type Grain, string Method), Task> Held = new();

    /// <summary>The next <paramref name="count"/> calls of <paramref name="method"/> of <typeparamref name="TGrain"/> keyed <paramref name="grainKey"/> throw.</summary>
    public static void FailNextCalls<TGrain>(string grainKey, string method, int count = 1) where TGrain : IGrain =>
        Armed[(grainKey, typeof(TGrain), method)] = count;

    /// <summary>The next call of <paramref name="method"/> of <typeparamref name="TGrain"/> keyed <paramref name="grainKey"/> runs once <paramref name="release"/> completes; the grain takes no other call meanwhile.</summary>
    public static void HoldNextCall<TGrain>(string grainKey, string method, Task release) where TGrain : IGrain =>
        Held[(grainKey, typeof(TGrain), method)] = release;

    /// <inheritdoc />
    public async Task Invoke(IIncomingGrainCallContext context)
    {
        if (context.InterfaceMethod?.DeclaringType is { } grain)
        {
            var key = (context.TargetId.Key.ToString(), grain, context.MethodName);
            if (Armed.TryGetValue(key, out var left))
            {
                if (left <= 1) Armed.TryRemove(key, out _);
                else Armed[key] = left - 1;
                throw new InvalidOperationException($"Injected fault in {grain.Name}.{key.MethodName} of {key.Item1}.");
            }
            if (Held.TryRemove(key, out var release)) await release;
        }
        await context.Invoke();
    }
}
