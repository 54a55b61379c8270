using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using NrcGame.Grains;
using NrcGame.Grains.Games;
using Orleans.TestingHost;

namespace NrcGame.Grains.Tests;

/// <summary>
/// One in-process Orleans cluster (in-memory transport, memory storage that enforces ETags)
/// shared by every test of the assembly; tests use unique grain keys so they never collide.
/// </summary>
public sealed class ClusterFixture : IAsyncLifetime
{
    /// <summary>The cluster's clock; tests advance it instead of sleeping.</summary>
    public FakeTimeProvider Time { get; } = new(new DateTimeOffset(2026, 9, 1, 8, 0, 0, TimeSpan.Zero));

    /// <summary>
    /// How many times a game tries to store a resolved turn before it reports the failure: once, then once after each
    /// of the fixture's short pauses (<see cref="ResolutionRetryOptions"/>).
    /// </summary>
    public const int ResolutionAttempts = 3;

    /// <summary>The running cluster.</summary>
    public InProcessTestCluster Cluster { get; private set; } = null!;

    /// <summary>A client of the cluster.</summary>
    public IClusterClient Client => Cluster.Client;

    /// <inheritdoc />
    public async Task InitializeAsync()
    {
        var builder = new InProcessTestClusterBuilder(1);
        builder.ConfigureSilo((_, silo) =>
        {
            silo.AddMemoryGrainStorage(GrainStorageNames.GameState);
            silo.Services.AddSingleton<TimeProvider>(Time);
            silo.AddIncomingGrainCallFilter<FaultInjection>();
            silo.Services.Configure<ResolutionRetryOptions>(retry => retry.Delays = Enumerable.Repeat(TimeSpan.FromMilliseconds(20), ResolutionAttempts - 1).ToList());
            silo.Services.AddNrcGameSerialization().AddNrcGameStateSerializer();
        });
        builder.ConfigureClient(client => client.Services.AddNrcGameSerialization());
        Cluster = builder.Build();
        await Cluster.DeployAsync();
    }

    /// <inheritdoc />
    public async Task DisposeAsync() => await Cluster.DisposeAsync();
}

/// <summary>Every grain test class shares the one cluster.</summary>
[CollectionDefinition(Name)]
public sealed class ClusterCollection : ICollectionFixture<ClusterFixture>
{
    /// <summary>The collection name.</summary>
    public const string Name = "cluster";
}
