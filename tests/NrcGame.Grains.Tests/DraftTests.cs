using System.Threading.Channels;
using NrcGame.Grains.Firms;
using NrcGame.Grains.Games;
using NrcGame.Grains.Live;
using NrcGame.Market;

namespace NrcGame.Grains.Tests;

/// <summary>The team's shared draft: field edits, last writer wins per field, relayed to observers.</summary>
[Collection(ClusterCollection.Name)]
public sealed class DraftTests(ClusterFixture fixture)
{
    private sealed class DraftRecorder : IGameObserver
    {
        public Channel<(string FirmId, DraftChange Change)> Changes { get; } = Channel.CreateUnbounded<(string, DraftChange)>();

        public Task OnGameChanged(GameSummary summary) => Task.CompletedTask;

        public Task OnTeamsChanged(TeamsChange change) => Task.CompletedTask;

        public Task OnDraftChanged(string gameId, string firmId, DraftChange change) => Changes.Writer.WriteAsync((firmId, change)).AsTask();
    }

    private async Task<(IGameGrain Game, IFirmGrain Firm)> NewGame()
    {
        var game = fixture.Client.GetGrain<IGameGrain>($"g-{Guid.NewGuid():N}");
        await game.Create(new GameSetup("Brouillons", "standard", "Marché standard", ScenarioFactory.Standard(), ["A", "B"], 11));
        return (game, fixture.Client.GetGrain<IFirmGrain>(FirmKey.Of(game.GetPrimaryKeyString(), "f1")));
    }

    private DateTimeOffset Now => fixture.Time.GetUtcNow();

    [Fact]
    public async Task Teammates_editing_different_fields_keep_both_changes_with_who_changed_what()
    {
        var (_, firm) = await NewGame();

        var camille = await firm.EditDraft(1, "pricing.listPrice.B2C_GP", "17.9", "Camille", Now);
        var yanis = await firm.EditDraft(1, "remuneration.commissionRate", "0.05", "Yanis", Now);

        Assert.Null(camille.Error);
        Assert.Null(yanis.Error);
        var draft = (await firm.GetDraft())!;
        Assert.Equal(17.9m, draft.Decisions.Pricing.ListPrice["B2C_GP"]);
        Assert.Equal(0.05m, draft.Decisions.Remuneration.CommissionRate);
        Assert.Equal(2, draft.Version);
        Assert.Equal(("Camille", 1), (draft.Fields["pricing.listPrice.B2C_GP"].Author, draft.Fields["pricing.listPrice.B2C_GP"].Version));
        Assert.Equal(("Yanis", 2), (draft.Fields["remuneration.commissionRate"].Author, draft.Fields["remuneration.commissionRate"].Version));
    }

    [Fact]
    public async Task Concurrent_edits_of_many_fields_lose_none()
    {
        var (_, firm) = await NewGame();
        var segments = ScenarioFactory.Standard().Segments.Select(segment => segment.Id).ToList();
        var edits = Enumerable.Range(0, 20).Select(i => firm.EditDraft(1, $"promotion.media.{segments[i % segments.Count]}", (1000 * (i + 1)).ToString(), $"élève {i}", Now));

        var results = await Task.WhenAll(edits);

        Assert.All(results, result => Assert.Null(result.Error));
        var draft = (await firm.GetDraft())!;
        Assert.Equal(20, draft.Version);
        Assert.Equal(Enumerable.Range(1, 20), results.Select(result => result.Change!.Version).Order());
        foreach (var segment in segments)
        {
            var last = results.Select(result => result.Change!).Where(change => change.Path == $"promotion.media.{segment}").MaxBy(change => change.Version)!;
            Assert.Equal(decimal.Parse(last.ValueJson), draft.Decisions.Promotion.Media[segment]);
        }
    }

    [Theory]
    [InlineData("pricing.listPrice.B2C_GP", "\"vingt\"", "type incorrect")]
    [InlineData("pricing.nimporte", "3", "n'existe pas")]
    [InlineData("pricing..listPrice", "3", "invalide")]
    [InlineData("pricing.paymentTermsDays", "{not json", "illisible")]
    public async Task A_bad_edit_is_refused_in_french_and_leaves_the_draft_unchanged(string path, string value, string expected)
    {
        var (_, firm) = await NewGame();
        var before = (await firm.GetDraft())!;

        var result = await firm.EditDraft(1, path, value, "Camille", Now);

        Assert.Null(result.Change);
        Assert.Contains(expected, result.Error);
        var after = (await firm.GetDraft())!;
        Assert.Equal(0, after.Version);
        Assert.Equal(
            System.Text.Json.JsonSerializer.Serialize(before.Decisions, SerializationConfiguration.MarketJson),
            System.Text.Json.JsonSerializer.Serialize(after.Decisions, SerializationConfiguration.MarketJson));
    }

    [Fact]
    public async Task Draft_changes_reach_the_observers_of_the_game_and_the_draft_restarts_after_resolution()
    {
        var (game, firm) = await NewGame();
        var recorder = new DraftRecorder();
        await game.Subscribe(fixture.Client.CreateObjectReference<IGameObserver>(recorder));
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));

        await firm.EditDraft(1, "pricing.paymentTermsDays", "45", "Inès", Now);
        var (firmId, change) = await recorder.Changes.Reader.ReadAsync(timeout.Token);

        Assert.Equal(("f1", "pricing.paymentTermsDays", "45", "Inès"), (firmId, change.Path, change.ValueJson, change.Author));
        Assert.False((await firm.EditDraft(2, "pricing.paymentTermsDays", "40", "Inès", Now)).Error is null);

        await game.Start(null);
        await game.CloseAndResolveTurn();
        var next = (await firm.GetDraft())!;
        Assert.Equal((2, 0), (next.Turn, next.Version));
        Assert.Empty(next.Fields);
    }
}
