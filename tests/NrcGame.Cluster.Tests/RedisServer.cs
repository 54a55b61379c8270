using System.Diagnostics;

namespace NrcGame.Cluster.Tests;

/// <summary>
/// A real Redis server owned by the test: <c>redis-server</c> on a free loopback port, nothing saved
/// to disk, killed on dispose. A missing <c>redis-server</c> throws: the test fails, it is never skipped.
/// </summary>
public sealed class RedisServer : IAsyncDisposable
{
    private readonly NodeProcess _process;

    private RedisServer(NodeProcess process, int port)
    {
        _process = process;
        Port = port;
    }

    /// <summary>The port it listens on (127.0.0.1).</summary>
    public int Port { get; }

    /// <summary>The StackExchange.Redis connection string.</summary>
    public string ConnectionString => $"127.0.0.1:{Port}";

    /// <summary>Starts the server and waits until it accepts connections.</summary>
    public static async Task<RedisServer> StartAsync()
    {
        var executable = new[] { "/usr/bin/redis-server", "/usr/local/bin/redis-server" }.FirstOrDefault(File.Exists)
            ?? throw new InvalidOperationException("redis-server was not found (Debian: apt-get install redis-server; .ci/run installs it).");
        var port = FreePorts.Next();
        var process = new NodeProcess("redis", new ProcessStartInfo(executable)
        {
            ArgumentList = { "--port", port.ToString(), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no", "--dir", Path.GetTempPath() },
        }, "Ready to accept connections");
        await process.StartAsync();
        return new RedisServer(process, port);
    }

    /// <inheritdoc />
    public ValueTask DisposeAsync() => _process.DisposeAsync();
}
