using NrcGame.Testing;

namespace NrcGame.Storage.Tests;

/// <summary>One test-owned PostgreSQL server for a test class; each test works in a schema of its own.</summary>
public sealed class PostgresFixture : IAsyncLifetime
{
    private PostgresServer? _server;

    /// <summary>The running server.</summary>
    public PostgresServer Server => _server ?? throw new InvalidOperationException("The PostgreSQL server is not started.");

    /// <summary>Starts the server.</summary>
    public async Task InitializeAsync() => _server = await PostgresServer.StartAsync();

    /// <summary>Stops the server and deletes its files.</summary>
    public async Task DisposeAsync()
    {
        if (_server is not null) await _server.DisposeAsync();
    }

    /// <summary>Creates an empty schema and returns a connection string whose search path is that schema.</summary>
    public string CreateSchema(string schema)
    {
        Server.ExecuteAsync($"CREATE SCHEMA {schema}").GetAwaiter().GetResult();
        return Server.ConnectionString(schema: schema);
    }

    /// <summary>Drops a schema created by <see cref="CreateSchema"/> with everything in it.</summary>
    public void DropSchema(string schema) => Server.ExecuteAsync($"DROP SCHEMA {schema} CASCADE").GetAwaiter().GetResult();
}
