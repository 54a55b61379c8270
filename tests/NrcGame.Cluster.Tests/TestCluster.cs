using System.Diagnostics;
using NrcGame.Testing;

namespace NrcGame.Cluster.Tests;

/// <summary>
/// NRC Game in cluster mode on loopback, as an administrator would run it: a test-owned Redis
/// (membership) and PostgreSQL (grain state), two <c>src/Silo</c> processes and two
/// <c>src/WebClient</c> front-ends joined as Orleans clients. The front-ends share one key folder,
/// so a token issued by one is accepted by the other.
/// </summary>
public sealed class TestCluster : IAsyncDisposable
{
    private const string ClusterId = "nrcgame-cluster-test";
    private readonly RedisServer _redis;
    private readonly string _keysFolder = Directory.CreateTempSubdirectory("nrcgame-cluster-").FullName;

    private TestCluster(RedisServer redis, PostgresServer postgres)
    {
        _redis = redis;
        Postgres = postgres;
        Silos = [Silo(0), Silo(1)];
        FrontEnds = [FrontEnd(0), FrontEnd(1)];
    }

    /// <summary>The PostgreSQL server holding the grain state (it can be stopped and started again).</summary>
    public PostgresServer Postgres { get; }

    /// <summary>The two silo processes.</summary>
    public IReadOnlyList<NodeProcess> Silos { get; }

    /// <summary>The two web front-end processes.</summary>
    public IReadOnlyList<NodeProcess> FrontEnds { get; }

    /// <summary>The address of front-end <paramref name="index"/>, from its ready line.</summary>
    public Uri FrontEndUrl(int index)
    {
        const string marker = "NRC Game est prêt : ";
        var line = FrontEnds[index].ReadyLine;
        return new Uri(line[(line.IndexOf(marker, StringComparison.Ordinal) + marker.Length)..].Trim());
    }

    /// <summary>Everything every process printed, for failure messages.</summary>
    public string Output => string.Join("\n", Silos.Concat(FrontEnds).Select(node => $"===== {node.Name} =====\n{node.Output}"));

    /// <summary>Starts Redis and PostgreSQL, then both silos, then both front-ends.</summary>
    public static async Task<TestCluster> StartAsync()
    {
        var redis = await RedisServer.StartAsync();
        PostgresServer postgres;
        try
        {
            postgres = await PostgresServer.StartAsync();
            await postgres.ExecuteAsync("CREATE DATABASE nrcgame");
        }
        catch
        {
            await redis.DisposeAsync();
            throw;
        }

        // From here on, a failed start still stops every process started so far.
        var cluster = new TestCluster(redis, postgres);
        try
        {
            await Task.WhenAll(cluster.Silos.Select(silo => silo.StartAsync()));
            await Task.WhenAll(cluster.FrontEnds.Select(frontEnd => frontEnd.StartAsync()));
            return cluster;
        }
        catch
        {
            await cluster.DisposeAsync();
            throw;
        }
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        foreach (var node in FrontEnds.Concat(Silos)) await node.DisposeAsync();
        await _redis.DisposeAsync();
        await Postgres.DisposeAsync();
        Directory.Delete(_keysFolder, recursive: true);
    }

    private NodeProcess Silo(int index)
    {
        var info = BuiltProject.StartInfo("Silo", "NrcGame.Silo.dll");
        AddClusterSettings(info);
        info.ArgumentList.Add($"--NrcGame:PostgresConnectionString={Postgres.ConnectionString("nrcgame")}");
        info.ArgumentList.Add("--NrcGame:AdvertisedAddress=127.0.0.1");
        info.ArgumentList.Add($"--NrcGame:SiloPort={FreePorts.Next()}");
        info.ArgumentList.Add($"--NrcGame:GatewayPort={FreePorts.Next()}");
        return new NodeProcess($"silo {index}", info, "Silo NRC Game prêt");
    }

    private NodeProcess FrontEnd(int index)
    {
        var info = BuiltProject.StartInfo("WebClient", "NrcGame.WebClient.dll");
        AddClusterSettings(info);
        info.ArgumentList.Add($"--urls=http://127.0.0.1:{FreePorts.Next()}");
        info.ArgumentList.Add($"--NrcGame:DataFolder={_keysFolder}");
        return new NodeProcess($"front-end {index}", info, "NRC Game est prêt");
    }

    private void AddClusterSettings(ProcessStartInfo info)
    {
        info.ArgumentList.Add("--NrcGame:Mode=Cluster");
        info.ArgumentList.Add($"--NrcGame:ClusterId={ClusterId}");
        info.ArgumentList.Add($"--NrcGame:RedisConnectionString={_redis.ConnectionString}");
    }
}
