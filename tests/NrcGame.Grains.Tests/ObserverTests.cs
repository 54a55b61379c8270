using System.Threading.Channels;
using NrcGame.Grains.Games;
using NrcGame.Grains.Live;
using NrcGame.Market;

namespace NrcGame.Grains.Tests;

[Collection(ClusterCollection.Name)]
public sealed class ObserverTests(ClusterFixture fixture)
{
    private sealed class RecordingObserver : IGameObserver
    {
        public Channel<GameSummary> Received { get; } = Channel.CreateUnbounded<GameSummary>();

        public Task OnGameChanged(GameSummary summary) => Received.Writer.WriteAsync(summary).AsTask();

        public Task OnDraftChanged(string gameId, string firmId, Firms.DraftChange change) => Task.CompletedTask;
    }

    [Fact]
    public async Task A_subscribed_observer_receives_submissions_and_the_new_standings()
    {
        var game = fixture.Client.GetGrain<IGameGrain>($"g-{Guid.NewGuid():N}");
        await game.Create(new GameSetup("Observée", "standard", "Marché standard", ScenarioFactory.Standard(), ["A", "B"], 7));
        await game.Start(null);
        var observer = new RecordingObserver();
        var reference = fixture.Client.CreateObjectReference<IGameObserver>(observer);
        await game.Subscribe(reference);
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));

        await game.CloseAndResolveTurn();
        var update = await observer.Received.Reader.ReadAsync(timeout.Token);

        Assert.Equal(game.GetPrimaryKeyString(), update.GameId);
        Assert.Equal(1, update.LastResolvedTurn);
        Assert.Equal(2, update.Standings.Count);

        var witness = new RecordingObserver();
        await game.Subscribe(fixture.Client.CreateObjectReference<IGameObserver>(witness));
        await game.Unsubscribe(reference);
        await game.CloseAndResolveTurn();
        var witnessed = await witness.Received.Reader.ReadAsync(timeout.Token);

        Assert.Equal(2, witnessed.LastResolvedTurn);
        Assert.False(observer.Received.Reader.TryRead(out _), "an unsubscribed observer must not be notified");
    }
}
