using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.Data.Sqlite;

namespace NrcGame.Security.Tests;

/// <summary>
/// A teacher downloads everything a game holds, then deletes it: the export carries the decisions,
/// results and notes, and afterwards no row of the SQLite file mentions the game (its key or its
/// content), while another game on the same server is untouched.
/// </summary>
public sealed class GameDeletionTests
{
    [Fact]
    public async Task A_teacher_exports_a_game_then_deletes_it_and_the_data_file_no_longer_mentions_it()
    {
        await using var app = await AppProcess.StartAsync();
        var game = await ClassOverHttp.StartAsync(app, teams: 2, minutes: 30);
        var other = await ClassOverHttp.StartAsync(app, teams: 2);
        var teacher = game.Teacher(app);
        await ClassOverHttp.OkAsync(teacher.PostAsync($"/api/games/{game.GameId}/turns/current/resolve", null));
        var (firmId, studentToken) = game.StudentTokens.First();
        await ClassOverHttp.OkAsync(ClassOverHttp.Client(app, studentToken).PutAsJsonAsync(
            $"/api/games/{game.GameId}/firms/{firmId}/justifications/1", new { text = "Prix de pénétration pour gagner des parts." }));
        await ClassOverHttp.OkAsync(teacher.PostAsync($"/api/games/{game.GameId}/firms/{firmId}/join-code", null));
        var results = await ClassOverHttp.OkAsync(teacher.GetAsync($"/api/games/{game.GameId}/firms/{firmId}/results"));
        Assert.NotEmpty(RowsMentioning(app.DatabasePath, game.GameId));

        var export = await teacher.GetAsync($"/api/games/{game.GameId}/export.json");
        Assert.Equal(HttpStatusCode.OK, export.StatusCode);
        Assert.Equal($"nrcgame-{game.GameId}.json", export.Content.Headers.ContentDisposition?.FileNameStar ?? export.Content.Headers.ContentDisposition?.FileName);
        var exported = JsonNode.Parse(await export.Content.ReadAsStringAsync())!;
        Assert.Equal(game.GameId, exported["game"]!["gameId"]!.GetValue<string>());
        var firm = exported["firms"]!.AsArray().Single(node => node!["firmId"]!.GetValue<string>() == firmId)!;
        var submission = firm["submissions"]!.AsArray().Single(record => record!["turn"]!.GetValue<int>() == 1)!;
        Assert.Equal(16.5m, submission["decisions"]!["pricing"]!["listPrice"]!["B2C_GP"]!.GetValue<decimal>());
        Assert.Equal("Élève 1", submission["author"]!.GetValue<string>());
        Assert.Contains(firm["notes"]!.AsArray(), note => note!["text"]!.GetValue<string>() == "Prix de pénétration pour gagner des parts.");
        var playedTurn = exported["playedTurns"]!.AsArray().Single()!;
        Assert.Equal(results[0]!.ToJsonString(), playedTurn["outcome"]!["firms"]![firmId]!.ToJsonString());
        Assert.Single(exported["standings"]!.AsArray());
        Assert.NotEmpty(exported["segments"]!.AsObject());
        foreach (var secret in new[] { game.TeacherKey, "teacherKeyHash", "joinCodeHashes" }) Assert.DoesNotContain(secret, exported.ToJsonString());

        var byStudent = await ClassOverHttp.Client(app, studentToken).DeleteAsync($"/api/games/{game.GameId}");
        Assert.Equal(HttpStatusCode.Forbidden, byStudent.StatusCode);
        await ClassOverHttp.OkAsync(teacher.DeleteAsync($"/api/games/{game.GameId}"));

        Assert.Empty(RowsMentioning(app.DatabasePath, game.GameId));
        Assert.NotEmpty(RowsMentioning(app.DatabasePath, other.GameId));
        var signIn = await ClassOverHttp.Client(app).PostAsJsonAsync("/api/sessions/teacher", new { gameId = game.GameId, teacherKey = game.TeacherKey });
        Assert.Equal(HttpStatusCode.BadRequest, signIn.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await teacher.GetAsync($"/api/games/{game.GameId}/export.json")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await teacher.DeleteAsync($"/api/games/{game.GameId}")).StatusCode);
        var otherResolved = await ClassOverHttp.OkAsync(other.Teacher(app).PostAsync($"/api/games/{other.GameId}/turns/current/resolve", null));
        Assert.Equal(1, otherResolved["lastResolvedTurn"]!.GetValue<int>());

        // Restarted, the server still knows nothing of the game (nothing came back from a cache or a countdown).
        await app.StopAsync();
        await app.StartAgainAsync();
        Assert.Empty(RowsMentioning(app.DatabasePath, game.GameId));
    }

    /// <summary>Every row of the SQLite file whose key or content contains <paramref name="text"/>.</summary>
    private static List<string> RowsMentioning(string databasePath, string text)
    {
        using var connection = new SqliteConnection($"Data Source={databasePath};Mode=ReadOnly;Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = """
            SELECT grain_type || ' ' || grain_id || ' ' || state_name FROM grain_state
            WHERE instr(grain_id, $text) > 0 OR instr(CAST(payload AS TEXT), $text) > 0
            """;
        command.Parameters.AddWithValue("$text", text);
        using var reader = command.ExecuteReader();
        var rows = new List<string>();
        while (reader.Read()) rows.Add(reader.GetString(0));
        return rows;
    }
}
