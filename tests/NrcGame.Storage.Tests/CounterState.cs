namespace NrcGame.Storage.Tests;

/// <summary>State of <see cref="CounterGrain"/>.</summary>
[GenerateSerializer]
public sealed class CounterState
{
    [Id(0)] public int Count { get; set; }
}
