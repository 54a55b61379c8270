using Npgsql;
using Orleans.Runtime;

namespace NrcGame.Storage.Tests;

/// <summary>What the PostgreSQL backend does with the database itself: exact JSON payloads and refusing a foreign table.</summary>
public sealed class PostgresPayloadTests(PostgresFixture postgres) : IClassFixture<PostgresFixture>
{
    private static readonly GrainId Grain = GrainId.Create("payload-grain", "a");

    [Fact]
    public async Task The_state_is_stored_as_the_exact_json_text_the_serializer_wrote_and_sql_can_query_it()
    {
        var connectionString = postgres.CreateSchema($"payload_{Guid.NewGuid():N}");
        var state = new TestState { Name = "Équipe Bleue", Count = 3, Items = ["z", "a"] };
        using (var storage = StorageServices.CreatePostgres("json", connectionString))
        {
            await storage.WriteStateAsync("state", Grain, new GrainState<TestState>(state));
        }

        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(
            "SELECT pg_typeof(payload)::text, payload->>'name', (payload->>'count')::int, payload::text FROM grain_state", connection);
        await using var reader = await command.ExecuteReaderAsync();
        Assert.True(await reader.ReadAsync());
        Assert.Equal("json", reader.GetString(0));
        Assert.Equal("Équipe Bleue", reader.GetString(1));
        Assert.Equal(3, reader.GetInt32(2));
        Assert.Equal(StorageServices.JsonSerializer.Serialize(state).ToString(), reader.GetString(3));
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
