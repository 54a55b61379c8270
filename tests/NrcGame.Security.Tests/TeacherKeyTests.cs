using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace NrcGame.Security.Tests;

/// <summary>
/// A teacher key lost or seen by someone else: the teacher issues a new one from the console, or the
/// administrator recovers the game with the <c>admin nouvelle-cle-enseignant</c> command; either
/// way the old key no longer signs in and the new one does.
/// </summary>
public sealed class TeacherKeyTests(NrcGameFactory app) : IClassFixture<NrcGameFactory>
{
    [Fact]
    public async Task A_teacher_issues_a_new_key_and_the_old_one_no_longer_signs_in()
    {
        var cast = await Cast.AssembleAsync(app);
        var teacher = cast.ClientOf(Caller.TeacherOfTheGame);

        var issued = await teacher.PostAsync($"/api/games/{cast.GameId}/teacher-key", null);
        Assert.Equal(HttpStatusCode.OK, issued.StatusCode);
        var newKey = JsonNode.Parse(await issued.Content.ReadAsStringAsync())!["teacherKey"]!.GetValue<string>();
        Assert.NotEqual(cast.TeacherKey, newKey);

        var withOldKey = await SignInAsync(app.CreateClient(), cast.GameId, cast.TeacherKey);
        Assert.Equal(HttpStatusCode.BadRequest, withOldKey.StatusCode);
        Assert.Contains("clé enseignant incorrect", await withOldKey.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, (await SignInAsync(app.CreateClient(), cast.GameId, newKey)).StatusCode);
    }

    [Fact]
    public async Task The_administrator_recovers_a_lost_teacher_key_from_the_command_line_while_the_app_is_stopped()
    {
        await using var process = await AppProcess.StartAsync();
        var game = await ClassOverHttp.StartAsync(process, teams: 2);

        var whileRunning = await process.RunAdminAsync("nouvelle-cle-enseignant", game.GameId);
        Assert.Equal(1, whileRunning.ExitCode);
        Assert.Contains("déjà utilisé par une autre instance de NRC Game", whileRunning.Output);
        Assert.Equal(HttpStatusCode.OK, (await SignInAsync(ClassOverHttp.Client(process), game.GameId, game.TeacherKey)).StatusCode);

        await process.StopAsync();
        var unknown = await process.RunAdminAsync("nouvelle-cle-enseignant", "zzzzzzzzzz");
        Assert.Equal(1, unknown.ExitCode);
        Assert.Contains("Aucune partie « zzzzzzzzzz »", unknown.Output);
        var recovered = await process.RunAdminAsync("nouvelle-cle-enseignant", game.GameId);
        Assert.True(recovered.ExitCode == 0, recovered.Output);
        var newKey = recovered.Output.Split('\n').Single(line => line.StartsWith("Nouvelle clé enseignant", StringComparison.Ordinal)).Split(" : ")[1].Trim();

        await process.StartAgainAsync();
        Assert.Equal(HttpStatusCode.BadRequest, (await SignInAsync(ClassOverHttp.Client(process), game.GameId, game.TeacherKey)).StatusCode);
        var signedIn = await SignInAsync(ClassOverHttp.Client(process), game.GameId, newKey);
        Assert.Equal(HttpStatusCode.OK, signedIn.StatusCode);
        var token = JsonNode.Parse(await signedIn.Content.ReadAsStringAsync())!["token"]!.GetValue<string>();
        var summary = await ClassOverHttp.OkAsync(ClassOverHttp.Client(process, token).GetAsync($"/api/games/{game.GameId}"));
        Assert.Equal(2, summary["teams"]!.AsArray().Count);
    }

    private static Task<HttpResponseMessage> SignInAsync(HttpClient client, string gameId, string teacherKey) =>
        client.PostAsJsonAsync("/api/sessions/teacher", new { gameId, teacherKey });
}
