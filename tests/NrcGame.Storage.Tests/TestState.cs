namespace NrcGame.Storage.Tests;

/// <summary>The grain state the contract tests store and read back.</summary>
[GenerateSerializer]
public sealed class TestState
{
    [Id(0)] public string Name { get; set; } = "";
    [Id(1)] public int Count { get; set; }
    [Id(2)] public List<string> Items { get; set; } = [];
    [Id(3)] public byte[] Blob { get; set; } = [];
}
