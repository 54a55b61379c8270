using System.Net.Http.Json;

namespace NrcGame.Security.Tests;

/// <summary>
/// The SQLite file is backed up while the app runs and a turn is being resolved
/// (<c>admin sauvegarde</c>), then restored into a fresh data folder (<c>admin restauration</c>): the
/// app started there shows the game intact, as it stood either before or after that turn.
/// </summary>
public sealed class OnlineBackupTests
{
    [Fact]
    public async Task A_backup_taken_while_a_turn_is_resolved_restores_into_a_fresh_data_folder_with_the_game_intact()
    {
        var backups = Directory.CreateTempSubdirectory("nrcgame-backups-").FullName;
        var backup = Path.Combine(backups, "nrcgame-sauvegarde.db");
        try
        {
            await using var app = await AppProcess.StartAsync();
            var game = await ClassOverHttp.StartAsync(app, teams: 3);
            await ClassOverHttp.OkAsync(game.Teacher(app).PostAsync($"/api/games/{game.GameId}/turns/current/resolve", null));
            await game.SubmitAllAsync(app, turn: 2);
            var beforeTurn2 = await game.ReadEverythingAsync(app);

            var resolving = game.Teacher(app).PostAsync($"/api/games/{game.GameId}/turns/current/resolve", null);
            var taken = await app.RunAdminAsync("sauvegarde", backup);
            await ClassOverHttp.OkAsync(resolving);
            Assert.True(taken.ExitCode == 0, taken.Output);
            Assert.Contains("Sauvegarde terminée", taken.Output);
            var afterTurn2 = await game.ReadEverythingAsync(app);
            var again = await app.RunAdminAsync("sauvegarde", backup);
            Assert.Equal(1, again.ExitCode);
            Assert.Contains("existe déjà", again.Output);
            await app.StopAsync();

            await using var restored = await RestoredAppAsync(backup);
            var signedIn = await ClassOverHttp.OkAsync(ClassOverHttp.Client(restored).PostAsJsonAsync("/api/sessions/teacher", new { gameId = game.GameId, teacherKey = game.TeacherKey }));
            var everything = await game.ReadEverythingAsync(restored, signedIn["token"]!.GetValue<string>());
            Assert.True(Same(everything, beforeTurn2) || Same(everything, afterTurn2),
                "The restored game is neither the game before turn 2 nor after it:\n" + string.Join('\n', everything.Where(entry => entry.Value != afterTurn2.GetValueOrDefault(entry.Key)).Select(entry => $"{entry.Key}: {entry.Value}")));
            Assert.Contains("\"lastResolvedTurn\":", everything[""]);

            var overExisting = await restored.RunAdminAsync("restauration", backup);
            Assert.Equal(1, overExisting.ExitCode);
        }
        finally
        {
            Directory.Delete(backups, recursive: true);
        }
    }

    /// <summary>Restores <paramref name="backup"/> into a new data folder and starts the app there.</summary>
    private static async Task<AppProcess> RestoredAppAsync(string backup)
    {
        var folder = Directory.CreateTempSubdirectory("nrcgame-restored-").FullName;
        var restore = await AppProcess.RunAdminAsync(folder, "restauration", backup);
        Assert.True(restore.ExitCode == 0, restore.Output);
        Assert.Contains("Restauration terminée", restore.Output);
        return await AppProcess.StartAsync(folder);
    }

    private static bool Same(SortedDictionary<string, string> left, SortedDictionary<string, string> right) =>
        left.Count == right.Count && left.All(entry => right.TryGetValue(entry.Key, out var value) && value == entry.Value);
}
