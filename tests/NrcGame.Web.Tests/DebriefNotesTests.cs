using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.Data.Sqlite;
using NrcGame.Grains.Games;

namespace NrcGame.Web.Tests;

/// <summary>
/// Justifications and annotations through the API (who may write what, French refusals, who and when kept), the class
/// debrief, the XLSX read back against the engine's figures, and the read-only debrief proven on the stored bytes.
/// </summary>
public sealed class DebriefNotesTests(NrcGameFactory factory) : IClassFixture<NrcGameFactory>
{
    private sealed record PlayedGame(string GameId, HttpClient Teacher, HttpClient Camille, HttpClient Yanis);

    private async Task<PlayedGame> Play(int turns)
    {
        var created = await (await factory.CreateClient().PostJson("/api/games", new { scenarioId = "marche-standard", title = "Débrief écrit", teamNames = new[] { "Les Aigles", "Les Bleus" } })).ReadOk<Created>();
        var teacher = factory.WithToken(created.TeacherToken);
        await (await teacher.PostJson($"/api/games/{created.GameId}/start", new { minutes = (int?)null })).ReadOk<GameSummary>();
        var camille = await Join(created.Teams[0].JoinCode, "Camille");
        var yanis = await Join(created.Teams[1].JoinCode, "Yanis");
        for (var turn = 1; turn <= turns; turn++) await (await teacher.PostAsync($"/api/games/{created.GameId}/turns/current/resolve", null)).ReadOk<GameSummary>();
        return new PlayedGame(created.GameId, teacher, camille, yanis);
    }

    private async Task<HttpClient> Join(string code, string name) =>
        factory.WithToken((await (await factory.CreateClient().PostJson("/api/sessions/team", new { joinCode = code, displayName = name })).ReadOk<Grant>()).Token);

    private static Task<HttpResponseMessage> Put(HttpClient client, string path, string text) => client.PutAsJsonAsync(path, new { text }, ApiClient.Json);

    private static async Task<Error> Refused(HttpResponseMessage response)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.BadRequest, $"{(int)response.StatusCode}: {body}");
        return System.Text.Json.JsonSerializer.Deserialize<Error>(body, ApiClient.Json)!;
    }

    [Fact]
    public async Task A_team_justifies_its_turn_the_teacher_annotates_it_and_both_reach_the_debrief_and_the_exports_with_who_and_when()
    {
        var game = await Play(turns: 1);
        var f1 = $"/api/games/{game.GameId}/firms/f1";

        var saved = await (await Put(game.Camille, $"{f1}/justifications/1", "  Prix bas pour gagner des parts.  ")).ReadOk<JsonNode>();
        Assert.Equal("Prix bas pour gagner des parts.", (string?)saved["text"]);
        Assert.Equal("Camille", (string?)saved["author"]);
        Assert.Equal("Justification", (string?)saved["kind"]);

        var tooLong = await Refused(await Put(game.Camille, $"{f1}/justifications/1", new string('x', 801)));
        Assert.Equal(["text"], tooLong.Errors.Select(e => e.Field));
        Assert.Equal("Justification : 801 caractères, 800 au plus.", tooLong.Errors[0].Message);
        var empty = await Refused(await Put(game.Camille, $"{f1}/justifications/1", "   "));
        Assert.Equal("Justification : le texte est vide.", Assert.Single(empty.Errors).Message);
        var future = await Refused(await Put(game.Camille, $"{f1}/justifications/3", "Plus tard."));
        Assert.Equal("turn", Assert.Single(future.Errors).Field);
        Assert.Contains("trimestres possibles : 1 à 2", future.Errors[0].Message);
        var unresolved = await Refused(await Put(game.Teacher, $"{f1}/annotations/2", "Trop tôt."));
        Assert.Equal("Annotation de l'enseignant·e : le trimestre 2 n'existe pas encore (trimestres possibles : 1 à 1).", Assert.Single(unresolved.Errors).Message);

        Assert.Equal(HttpStatusCode.Forbidden, (await Put(game.Camille, $"{f1}/annotations/1", "Je m'annote.")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await Put(game.Teacher, $"{f1}/justifications/1", "À leur place.")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await Put(game.Yanis, $"{f1}/justifications/1", "Chez les voisins.")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await game.Camille.GetAsync($"/api/games/{game.GameId}/debrief")).StatusCode);

        var annotation = await (await Put(game.Teacher, $"{f1}/annotations/1", "Et la marge ?")).ReadOk<JsonNode>();
        Assert.Equal("Enseignant·e", (string?)annotation["author"]);
        var leo = await Join((await (await game.Teacher.PostAsync($"/api/games/{game.GameId}/firms/f1/join-code", null)).ReadOk<JsonNode>())["joinCode"]!.ToString(), "Léo");
        await (await Put(leo, $"{f1}/justifications/1", "Prix bas pour gagner des parts, marge suivie.")).ReadOk<JsonNode>();

        var debrief = await game.Camille.GetFromJsonAsyncOk($"{f1}/debrief");
        Assert.Equal(
            ["Justification|Prix bas pour gagner des parts, marge suivie.|Léo", "Annotation|Et la marge ?|Enseignant·e"],
            debrief["comments"]!.AsArray().Select(c => $"{c!["kind"]}|{c["text"]}|{c["author"]}"));
        Assert.Equal(3, debrief["history"]!["comments"]!.AsArray().Count);
        Assert.Empty((await game.Yanis.GetFromJsonAsyncOk($"/api/games/{game.GameId}/firms/f2/debrief"))["comments"]!.AsArray());

        var classDebrief = await game.Teacher.GetFromJsonAsyncOk($"/api/games/{game.GameId}/debrief");
        Assert.Equal(["Les Aigles", "Les Bleus"], classDebrief["teams"]!.AsArray().Select(team => (string?)team!["teamName"]));
        Assert.Equal("Et la marge ?", (string?)classDebrief["teams"]![0]!["comments"]![1]!["text"]);

        var sheets = XlsxSheets.Read(await game.Teacher.GetByteArrayAsync($"/api/games/{game.GameId}/export.xlsx"));
        Assert.Equal(["Partie", "Décisions", "Résultats", "Écarts", "Commentaires"], sheets.Keys);
        var partie = sheets["Partie"];
        var aigles = Assert.Single(partie, row => row[0] == "Les Aigles");
        Assert.Equal(["Les Aigles", "f1", "1"], aigles[..3]);
        Assert.Equal("Prix bas pour gagner des parts, marge suivie.", aigles[partie[0].IndexOf("Justification de l'équipe")]);
        Assert.Equal("Et la marge ?", aigles[partie[0].IndexOf("Annotation de l'enseignant·e")]);
        Assert.Equal(["Camille", "Enseignant·e", "Léo"], sheets["Commentaires"].Skip(1).Select(row => row[5]));
        foreach (var (team, firm) in new[] { ("Les Aigles", "f1"), ("Les Bleus", "f2") })
        {
            var result = (await game.Teacher.GetFromJsonAsyncOk($"/api/games/{game.GameId}/firms/{firm}/results"))[0]!;
            var row = Assert.Single(sheets["Résultats"], row => row[0] == team);
            Assert.Equal(firm, row[1]);
            Assert.Equal((decimal)result["sales"]!["revenueHt"]!, decimal.Parse(row[sheets["Résultats"][0].IndexOf("CA HT")], CultureInfo.InvariantCulture));
            Assert.Equal((decimal)result["statements"]!["income"]!["netResult"]!, decimal.Parse(row[sheets["Résultats"][0].IndexOf("Résultat net")], CultureInfo.InvariantCulture));
        }
        var csv = await game.Teacher.GetStringAsync($"/api/games/{game.GameId}/export.csv");
        Assert.Contains("Les Bleus;f2;1;", csv);
        Assert.Contains(";Prix bas pour gagner des parts, marge suivie.;Et la marge ?\r\n", csv);
    }

    [Fact]
    public async Task Debriefs_what_ifs_and_exports_leave_every_stored_byte_of_the_game_unchanged()
    {
        var game = await Play(turns: 2);
        var before = StoredRows(game.GameId);
        Assert.Contains(before, row => row.Contains($"|{game.GameId}/f1|", StringComparison.Ordinal));

        foreach (var (rate, turn) in new[] { ("0,08", 2), ("0,2", 1), ("0", 2) })
        {
            var replay = await (await game.Camille.PostAsJsonAsync($"/api/games/{game.GameId}/firms/f1/what-if", new { turn, path = "remuneration.commissionRate", value = rate }, ApiClient.Json)).ReadOk<JsonNode>();
            Assert.NotEmpty(replay["differences"]!.AsArray());
        }
        await game.Camille.GetFromJsonAsyncOk($"/api/games/{game.GameId}/firms/f1/debrief");
        await game.Teacher.GetFromJsonAsyncOk($"/api/games/{game.GameId}/firms/f2/debrief");
        await game.Teacher.GetFromJsonAsyncOk($"/api/games/{game.GameId}/debrief");
        await game.Teacher.GetByteArrayAsync($"/api/games/{game.GameId}/export.xlsx");
        await game.Teacher.GetByteArrayAsync($"/api/games/{game.GameId}/export.csv");

        Assert.Equal(before, StoredRows(game.GameId));

        await (await Put(game.Camille, $"/api/games/{game.GameId}/firms/f1/justifications/2", "Une écriture se voit.")).ReadOk<JsonNode>();
        Assert.NotEqual(before, StoredRows(game.GameId));
    }

    /// <summary>Every stored grain row of the game, read from the SQLite file itself: keys, version and payload bytes (hex).</summary>
    private List<string> StoredRows(string gameId)
    {
        using var connection = new SqliteConnection($"Data Source={Path.Combine(factory.DataFolder, "nrcgame.db")};Mode=ReadOnly;Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT storage_name, grain_type, grain_id, state_name, version, payload FROM grain_state WHERE grain_id LIKE $game ORDER BY 1, 2, 3, 4";
        command.Parameters.AddWithValue("$game", $"%{gameId}%");
        using var reader = command.ExecuteReader();
        var rows = new List<string>();
        while (reader.Read())
            rows.Add($"{reader.GetString(1)}|{reader.GetString(2)}|{reader.GetString(3)}|{reader.GetInt64(4)}|{(reader.IsDBNull(5) ? "" : Convert.ToHexString((byte[])reader[5]))}");
        Assert.True(rows.Count >= 3, $"Trop peu de lignes stockées pour la partie {gameId} : {rows.Count}.");
        return rows;
    }
}
