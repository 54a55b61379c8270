using System.Text.Json.Nodes;
using NrcGame.Grains.Games;
using Xunit.Abstractions;

namespace NrcGame.Security.Tests;

/// <summary>
/// The embedded app killed with SIGKILL in the middle of a resolution — at each step the game grain
/// logs (<see cref="ResolutionStep"/>) — restarts on the same SQLite file with the game consistent:
/// exactly one result for the turn, every grain's part equal to a fault-free run of the same inputs,
/// and resolving again moves on to the next turn instead of producing a second result.
/// </summary>
public sealed class KillDuringResolutionTests(ITestOutputHelper output)
{
    private const int Teams = 3;

    [Fact]
    public async Task A_process_killed_at_any_step_of_a_resolution_restarts_with_exactly_the_fault_free_result()
    {
        // One class, three teams, every team's decisions submitted; the stopped app's data folder is
        // the common starting point of the fault-free run and of every killed run.
        var start = Directory.CreateTempSubdirectory("nrcgame-before-resolution-").FullName;
        try
        {
            await KillAtEveryStepAsync(start);
        }
        finally
        {
            Directory.Delete(start, recursive: true);
        }
    }

    private async Task KillAtEveryStepAsync(string start)
    {
        ClassOverHttp game;
        await using (var setup = await AppProcess.StartAsync())
        {
            game = await ClassOverHttp.StartAsync(setup, Teams);
            await setup.StopAsync();
            DataFolders.Copy(setup.DataFolder, start);
        }

        SortedDictionary<string, string> faultFree;
        await using (var reference = await AppProcess.StartAsync(DataFolders.CopyOf(start)))
        {
            await ClassOverHttp.OkAsync(game.Teacher(reference).PostAsync($"/api/games/{game.GameId}/turns/current/resolve", null));
            faultFree = await game.ReadEverythingAsync(reference);
        }
        Assert.Contains("\"lastResolvedTurn\":1", faultFree[""]);

        foreach (var step in Enum.GetValues<ResolutionStep>())
        {
            await using var app = await AppProcess.StartAsync(DataFolders.CopyOf(start));
            var killed = app.KillWhenPrintedAsync($"game {game.GameId}: {step}");
            var resolve = game.Teacher(app).PostAsync($"/api/games/{game.GameId}/turns/current/resolve", null);
            await killed.WaitAsync(TimeSpan.FromMinutes(2));
            // The request usually dies with the process; on a loaded machine the log line may reach us after the answer did.
            var answer = await Record.ExceptionAsync(() => resolve);
            output.WriteLine($"killed after « {step} »; the last step the process printed: {LastStepPrinted(app.Output, game.GameId)}; the request {(answer is null ? "was answered" : "failed")}");

            await app.StartAgainAsync();
            // Killed before the outcome was stored: the turn is still open and is resolved again, from the same inputs.
            var summary = await ClassOverHttp.OkAsync(game.Teacher(app).GetAsync($"/api/games/{game.GameId}"));
            var resumed = summary["lastResolvedTurn"]!.GetValue<int>() == 1;
            output.WriteLine($"  after the restart the turn was {(resumed ? "finished from the stored outcome" : "still open, and resolved again")}");
            if (!resumed)
                await ClassOverHttp.OkAsync(game.Teacher(app).PostAsync($"/api/games/{game.GameId}/turns/current/resolve", null));

            var recovered = await game.ReadEverythingAsync(app);
            Assert.Equal(faultFree.Keys, recovered.Keys);
            foreach (var (address, expected) in faultFree)
                Assert.True(expected == recovered[address], $"Killed after « {step} »: {address} differs from the fault-free run.\nexpected: {expected}\nactual:   {recovered[address]}");
            foreach (var firmId in game.FirmIds)
                Assert.Equal([1], Turns(recovered[$"/firms/{firmId}/results"]));

            // Resolving again resolves the next turn: turn 1 keeps its single result, unchanged.
            await game.SubmitAllAsync(app, turn: 2);
            await ClassOverHttp.OkAsync(game.Teacher(app).PostAsync($"/api/games/{game.GameId}/turns/current/resolve", null));
            var after = await game.ReadEverythingAsync(app);
            foreach (var firmId in game.FirmIds)
            {
                Assert.Equal([1, 2], Turns(after[$"/firms/{firmId}/results"]));
                Assert.Equal(JsonNode.Parse(Body(faultFree[$"/firms/{firmId}/results"]))!.AsArray()[0]!.ToJsonString(),
                    JsonNode.Parse(Body(after[$"/firms/{firmId}/results"]))!.AsArray()[0]!.ToJsonString());
            }
            Assert.Equal(2, JsonNode.Parse(Body(after["/standings"]))!.AsArray().Count);
        }
    }

    private static string Body(string response) => response[(response.IndexOf(' ') + 1)..];

    private static int[] Turns(string resultsResponse) =>
        [.. JsonNode.Parse(Body(resultsResponse))!.AsArray().Select(result => result!["turn"]!.GetValue<int>())];

    private static string LastStepPrinted(string output, string gameId) =>
        output.Split('\n').LastOrDefault(line => line.Contains($"game {gameId}: ", StringComparison.Ordinal) && !line.StartsWith("---", StringComparison.Ordinal))?.Trim() ?? "none";
}
