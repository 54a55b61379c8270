using System.Text.Json;
using System.Text.Json.Nodes;
using NrcGame.Grains.Distributors;
using NrcGame.Grains.Firms;
using NrcGame.Grains.Games;
using NrcGame.Grains.SalesTeams;
using NrcGame.Grains.Segments;
using NrcGame.Market;

namespace NrcGame.Grains.Tests;

/// <summary>
/// The grains that keep a game's history turn by turn (<see cref="TurnHistoryGrain{TTurn}"/>: each firm's results,
/// sales teams, distributors, market segments) store each turn in a row of its own beside a small index, on the
/// production silo over a real SQLite file: a resolution writes only its turn's row, a turn recorded again overwrites
/// its row, a roll-back deletes the rows it forgets, a deleted game leaves none, and a history stored in the former
/// shape (every turn in the one state, under <c>turns</c>) moves to rows when it is next activated.
/// </summary>
public sealed class TurnHistoryRowsTests : IDisposable
{
    private static readonly MarketScenario Market = ScenarioFactory.Standard();
    private static readonly string[] FirmIds = ["f1", "f2"];

    private readonly SqliteSilo silo = new(siloPort: 5166, gatewayPort: 5167);
    private readonly string gameId = $"turn-rows-{Guid.NewGuid():N}";

    private IGameGrain Game => silo.Grains.GetGrain<IGameGrain>(gameId);

    private async Task CreateAndResolve(int turns)
    {
        Assert.True((await Game.Create(new GameSetup("Lignes", "standard", "Marché standard", Market, ["A", "B"], 11))).Result.IsAccepted);
        Assert.True((await Game.Start(null)).IsAccepted);
        for (var turn = 1; turn <= turns; turn++) Assert.True((await Game.CloseAndResolveTurn()).IsAccepted);
    }

    /// <summary>Every history of the game, read through its grain: one JSON text per stored turn, oldest first.</summary>
    private async Task<Dictionary<string, List<string>>> Histories()
    {
        var histories = new Dictionary<string, List<string>>();
        foreach (var firmId in FirmIds)
        {
            histories[$"results {firmId}"] = Json(await silo.Grains.GetGrain<IFirmResultsGrain>(FirmKey.Of(gameId, firmId)).GetTurns());
            histories[$"sales team {firmId}"] = Json(await silo.Grains.GetGrain<ISalesTeamGrain>(FirmKey.Of(gameId, firmId)).GetTurns());
        }

        foreach (var channel in Market.Channels.Where(DistributorTurn.IsDistributor))
            histories[$"distributor {channel.Id}"] = Json(await silo.Grains.GetGrain<IDistributorGrain>(DistributorKey.Of(gameId, channel.Id)).GetTurns());
        foreach (var segment in Market.Segments)
            histories[$"segment {segment.Id}"] = Json(await silo.Grains.GetGrain<IMarketSegmentGrain>(SegmentKey.Of(gameId, segment.Id)).GetTurns());
        return histories;
    }

    /// <summary>The stored rows of the game's history grains: (grain type, grain id) → the names of its states, sorted.</summary>
    private Dictionary<(string Type, string Id), List<string>> HistoryRows() =>
        silo.RowsOfGame(gameId).Select(row => row.Split(' '))
            .GroupBy(row => (Type: row[0], Id: row[1]), row => row[2])
            .Where(grain => grain.Key.Type is "firmresults" or "salesteam" or "distributor" or "marketsegment")
            .ToDictionary(grain => grain.Key, grain => grain.ToList());

    [Fact]
    public async Task A_resolution_writes_only_its_turns_row_and_a_turn_recorded_again_overwrites_its_row()
    {
        await silo.Start();
        await CreateAndResolve(turns: 2);
        var firmKey = FirmKey.Of(gameId, "f1");
        var results = silo.Grains.GetGrain<IFirmResultsGrain>(firmKey);
        var resolved = await results.GetTurns();
        var changed = resolved[1] with { Result = resolved[0].Result };
        await results.RecordTurn(changed);
        await results.RecordTurn(changed);
        await silo.Restart();
        results = silo.Grains.GetGrain<IFirmResultsGrain>(firmKey);
        await results.RecordTurn(changed);
        var stored = await results.GetTurns();
        await silo.Stop();

        Assert.Equal([1, 2], stored.Select(record => record.Turn));
        Assert.Equal(Json([resolved[0], changed]), Json(stored));
        Assert.Equal(["firmResults", "turn-1", "turn-2"], silo.StateNames("firmresults", firmKey));
        var index = JsonNode.Parse(silo.Payload("firmresults", firmKey, "firmResults"))!.AsObject();
        // The index names the stored turns; a turn recorded again (here after a restart: its row's ETag unknown) overwrote its row.
        Assert.Equal([1, 2], index["storedTurns"]!.AsArray().Select(turn => turn!.GetValue<int>()));
        Assert.False(index.ContainsKey("turns"));
        Assert.True(silo.Payload("firmresults", firmKey, "firmResults").Length < 100, "the index stays a few bytes");
        Assert.True(silo.Payload("firmresults", firmKey, "turn-2").Length > 10_000, "a firm's turn is tens of kilobytes");
        // Turn 1's rows were written once, by the first resolution; the second wrote its own rows only.
        var historyRows = HistoryRows();
        Assert.Equal(["distributor", "firmresults", "marketsegment", "salesteam"], historyRows.Keys.Select(grain => grain.Type).Distinct().Order());
        Assert.All(historyRows.Keys, grain => Assert.Equal(1, silo.Version(grain.Type, grain.Id, "turn-1")));
        Assert.All(historyRows.Where(grain => grain.Key.Id != firmKey || grain.Key.Type != "firmresults"),
            grain => Assert.Equal(1, silo.Version(grain.Key.Type, grain.Key.Id, "turn-2")));
        Assert.Equal(4, silo.Version("firmresults", firmKey, "turn-2"));
    }

    [Fact]
    public async Task A_roll_back_deletes_the_rows_of_the_turns_it_forgets_and_the_replay_writes_them_again()
    {
        await silo.Start();
        await CreateAndResolve(turns: 2);
        var played = await Histories();
        Assert.True((await Game.RollBackLastTurn()).IsAccepted);
        await silo.Grains.GetGrain<ISalesTeamGrain>(FirmKey.Of(gameId, "f1")).ForgetFrom(2);
        await silo.Restart();

        Assert.Equal(played.ToDictionary(history => history.Key, history => history.Value.Take(1).ToList()), await Histories());
        await silo.Stop();
        Assert.All(HistoryRows().Values, states => Assert.DoesNotContain("turn-2", states));
        Assert.All(HistoryRows().Values, states => Assert.Contains("turn-1", states));

        await silo.Start();
        Assert.True((await Game.CloseAndResolveTurn()).IsAccepted);
        Assert.Equal(played, await Histories());
    }

    [Fact]
    public async Task A_row_left_by_a_crash_before_its_index_is_unseen_overwritten_by_the_next_write_and_erased_with_the_game()
    {
        var salesTeamKey = FirmKey.Of(gameId, "f1");
        await silo.Start();
        await CreateAndResolve(turns: 1);
        await silo.Stop();
        PlantCopyOfTurnOne("turn-2");

        await silo.Start();
        var salesTeam = silo.Grains.GetGrain<ISalesTeamGrain>(salesTeamKey);
        Assert.Equal([1], (await salesTeam.GetTurns()).Select(turn => turn.Turn));
        Assert.True((await Game.CloseAndResolveTurn()).IsAccepted);
        Assert.Equal([1, 2], (await salesTeam.GetTurns()).Select(turn => turn.Turn));
        await silo.Stop();
        PlantCopyOfTurnOne("turn-3");

        await silo.Start();
        Assert.True(await Game.Delete());
        await silo.Stop();
        Assert.Empty(silo.RowsOfGame(gameId));

        void PlantCopyOfTurnOne(string stateName) => Assert.Equal(1, silo.Execute(
            "INSERT INTO grain_state (storage_name, grain_type, grain_id, state_name, payload, version) " +
            "SELECT storage_name, grain_type, grain_id, @state, payload, 1 FROM grain_state WHERE grain_type = @type AND grain_id = @id AND state_name = 'turn-1'",
            command => SqliteSilo.Bind(command, "salesteam", salesTeamKey, stateName)));
    }

    [Fact]
    public async Task Histories_stored_as_one_list_move_to_a_row_per_turn_when_activated_and_keep_rolling_back()
    {
        await silo.Start();
        await CreateAndResolve(turns: 2);
        var played = await Histories();
        await silo.Stop();

        // The former shape: every turn inside the grain's one state, under "turns", and no row per turn.
        var historyRows = HistoryRows();
        Assert.Equal(2 * FirmIds.Length + Market.Channels.Count(DistributorTurn.IsDistributor) + Market.Segments.Count, historyRows.Count);
        foreach (var ((type, id), states) in historyRows)
        {
            var indexName = states.Single(state => !state.StartsWith("turn-", StringComparison.Ordinal));
            var former = new JsonObject { ["turns"] = new JsonArray(states.Where(state => state != indexName)
                .Select(state => JsonNode.Parse(silo.Payload(type, id, state))!["entry"]!.DeepClone()).ToArray()) };
            Assert.Equal(1, silo.Execute("UPDATE grain_state SET payload = @payload WHERE grain_type = @type AND grain_id = @id AND state_name = @state",
                command => SqliteSilo.Bind(command, type, id, indexName, former.ToJsonString())));
            Assert.Equal(2, silo.Execute("DELETE FROM grain_state WHERE grain_type = @type AND grain_id = @id AND state_name LIKE 'turn-%'",
                command => SqliteSilo.Bind(command, type, id)));
        }

        await silo.Start();
        Assert.Equal(played, await Histories());
        await silo.Stop();
        foreach (var ((type, id), states) in HistoryRows())
        {
            Assert.Equal(historyRows[(type, id)], states);
            var indexName = states.Single(state => !state.StartsWith("turn-", StringComparison.Ordinal));
            Assert.False(JsonNode.Parse(silo.Payload(type, id, indexName))!.AsObject().ContainsKey("turns"), $"{type} {id} still holds its former list");
        }

        await silo.Start();
        Assert.True((await Game.RollBackLastTurn()).IsAccepted);
        Assert.All((await Histories()).Values, history => Assert.Single(history));
    }

    private static List<string> Json<T>(IEnumerable<T> turns) =>
        turns.Select(turn => JsonSerializer.Serialize(turn, SerializationConfiguration.MarketJson)).ToList();

    /// <inheritdoc />
    public void Dispose() => silo.Dispose();
}
