using System.Text.Json.Nodes;
using NrcGame.Grains.Firms;
using NrcGame.Grains.Games;
using NrcGame.Market;

namespace NrcGame.Grains.Tests;

/// <summary>
/// Which teams submitted the open turn is a small row of the game's own (<see cref="SubmittedTeams"/>, state name
/// <c>submitted</c>), on the production silo over a real SQLite file: a submission or a withdrawal writes that row and
/// leaves the game's state (standings, news…) alone, the row survives a restart, a resolved turn leaves nobody
/// submitted, a deleted game leaves no such row, and a game stored with the set inside its state moves it to the row.
/// </summary>
public sealed class SubmittedTeamsRowTests : IDisposable
{
    private readonly SqliteSilo silo = new(siloPort: 5160, gatewayPort: 5161);
    private readonly string gameId = $"submitted-{Guid.NewGuid():N}";

    private IGameGrain Game => silo.Grains.GetGrain<IGameGrain>(gameId);

    private async Task<IReadOnlyList<string>> SubmittedTeams() =>
        (await Game.GetSummary()).Teams.Where(team => team.HasSubmitted).Select(team => team.FirmId).ToList();

    private async Task Submit(string firmId, int turn)
    {
        var decisions = (await silo.Grains.GetGrain<IFirmGrain>(FirmKey.Of(gameId, firmId)).GetDecisions())!.Decisions;
        Assert.True((await Game.SubmitDecisions(firmId, turn, decisions, "Camille")).IsAccepted);
    }

    [Fact]
    public async Task A_submission_writes_the_small_row_only_and_who_submitted_survives_a_restart_until_the_turn_is_resolved()
    {
        await silo.Start();
        Assert.True((await Game.Create(new GameSetup("Envois", "standard", "Marché standard", ScenarioFactory.Standard(), ["A", "B", "C"], 11))).Result.IsAccepted);
        Assert.True((await Game.Start(null)).IsAccepted);
        Assert.True((await Game.CloseAndResolveTurn()).IsAccepted);
        await silo.Stop();
        var gameVersion = silo.Version("game", gameId, "game");

        await silo.Start();
        await Submit("f1", 2);
        await Submit("f3", 2);
        Assert.True((await Game.WithdrawDecisions("f3", 2, "Camille")).IsAccepted);
        await Submit("f2", 2);
        await silo.Restart();

        Assert.Equal(["f1", "f2"], await SubmittedTeams());
        Assert.False((await Game.WithdrawDecisions("f3", 2, "Camille")).IsAccepted);
        await silo.Stop();
        Assert.Equal(gameVersion, silo.Version("game", gameId, "game"));
        Assert.Equal(4, silo.Version("game", gameId, "submitted"));
        var row = JsonNode.Parse(silo.Payload("game", gameId, "submitted"))!;
        Assert.Equal(2, row["turn"]!.GetValue<int>());
        Assert.True(silo.Payload("game", gameId, "submitted").Length < 100, "the row stays a few bytes");
        Assert.True(silo.Payload("game", gameId, "game").Length > 50 * silo.Payload("game", gameId, "submitted").Length,
            "the game's state (market, standings, news) is many times the row");

        await silo.Start();
        Assert.True((await Game.CloseAndResolveTurn()).IsAccepted);
        Assert.Empty(await SubmittedTeams());
        Assert.True((await Game.RollBackLastTurn()).IsAccepted);
        Assert.Equal(["f1", "f2"], await SubmittedTeams());
        Assert.True(await Game.Delete());
        await silo.Stop();
        Assert.Empty(silo.RowsOfGame(gameId));
    }

    [Fact]
    public async Task A_game_stored_with_who_submitted_inside_its_state_moves_it_to_the_row_and_keeps_playing()
    {
        await silo.Start();
        Assert.True((await Game.Create(new GameSetup("Envois", "standard", "Marché standard", ScenarioFactory.Standard(), ["A", "B", "C"], 11))).Result.IsAccepted);
        Assert.True((await Game.Start(null)).IsAccepted);
        await Submit("f2", 1);
        await Submit("f3", 1);
        await silo.Stop();

        // The former shape: the set inside the game's state, under "submittedFirms", and no row of its own.
        var stored = JsonNode.Parse(silo.Payload("game", gameId, "game"))!.AsObject();
        stored["submittedFirms"] = new JsonArray("f2", "f3");
        Assert.Equal(1, silo.Execute("UPDATE grain_state SET payload = @payload WHERE grain_type = @type AND grain_id = @id AND state_name = @state",
            command => SqliteSilo.Bind(command, "game", gameId, "game", stored.ToJsonString())));
        Assert.Equal(1, silo.Execute("DELETE FROM grain_state WHERE grain_type = @type AND grain_id = @id AND state_name = @state",
            command => SqliteSilo.Bind(command, "game", gameId, "submitted")));

        await silo.Start();
        Assert.Equal(["f2", "f3"], await SubmittedTeams());
        await silo.Stop();
        Assert.False(JsonNode.Parse(silo.Payload("game", gameId, "game"))!.AsObject().ContainsKey("submittedFirms"));
        Assert.Contains("submitted", silo.StateNames("game", gameId));

        await silo.Start();
        Assert.Equal(["f2", "f3"], await SubmittedTeams());
        Assert.True((await Game.WithdrawDecisions("f2", 1, "Camille")).IsAccepted);
        Assert.Equal(["f3"], await SubmittedTeams());
        Assert.True((await Game.CloseAndResolveTurn()).IsAccepted);
        Assert.Empty(await SubmittedTeams());
    }

    /// <inheritdoc />
    public void Dispose() => silo.Dispose();
}
