using NrcGame.Grains.Games;

namespace NrcGame.Web.Tests;

/// <summary>A game of two teams (A, B) with its first turn open and one student (Camille, team A) signed in.</summary>
public static class StartedGames
{
    /// <summary>Creates and starts the game; returns it with a teacher client and a student client.</summary>
    public static async Task<(Created Game, HttpClient Teacher, HttpClient Student)> StartedGame(this NrcGameFactory factory, string title)
    {
        var created = await (await factory.CreateClient().PostJson("/api/games", new { scenarioId = "marche-standard", title, teamNames = new[] { "A", "B" } })).ReadOk<Created>();
        var teacher = factory.WithToken(created.TeacherToken);
        await (await teacher.PostJson($"/api/games/{created.GameId}/start", new { minutes = (int?)null })).ReadOk<GameSummary>();
        var joined = await (await factory.CreateClient().PostJson("/api/sessions/team", new { joinCode = created.Teams[0].JoinCode, displayName = "Camille" })).ReadOk<Grant>();
        return (created, teacher, factory.WithToken(joined.Token));
    }
}
