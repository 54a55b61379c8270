using Npgsql;
using Orleans.Runtime;

namespace NrcGame.Storage.Tests;

/// <summary>What the PostgreSQL backend does with the database itself: jsonb payloads and refusing a foreign table.</summary>
public sealed class PostgresPayloadTests(PostgresFixture postgres) : IClassFixture<PostgresFixture>
{
    private static readonly GrainId Grain = GrainId.Create("payload-grain", "a");

    [Fact]
    public async Task The_state_is_stored_as_jsonb_that_sql_can_query()
    {
        var connectionString = postgres.CreateSchema($"payload_{Guid.NewGuid():N}");
        using (var storage = StorageServices.CreatePostgres("json", connectionString))
        {
            await storage.WriteStateAsync("state", Grain, new GrainState<TestState>(new TestState { Name = "Équipe Bleue", Count = 3 }));
        }

        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(
            "SELECT pg_typeof(payload)::text, payload->>'name', (payload->>'count')::int FROM grain_state", connection);
        await using var reader = await command.ExecuteReaderAsync();
        Assert.True(await reader.ReadAsync());
        Assert.Equal("jsonb", reader.GetString(0));
        Assert.Equal("Équipe Bleue", reader.GetString(1));
        Assert.Equal(3, reader.GetInt32(2));
    }

    [Fact]
    public async Task A_foreign_grain_state_table_is_refused()
    {
        var schema = $"foreign_{Guid.NewGuid():N}";
        var connectionString = postgres.CreateSchema(schema);
        await postgres.Server.ExecuteAsync($"CREATE TABLE {schema}.grain_state (id int PRIMARY KEY, data text)");
        using var storage = StorageServices.CreatePostgres("json", connectionString);

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() =>
            storage.ReadStateAsync("state", Grain, new GrainState<TestState>(new TestState())));

        Assert.Contains("unexpected columns", error.Message);
    }
}
