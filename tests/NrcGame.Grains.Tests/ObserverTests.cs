using System.Threading.Channels;
using NrcGame.Grains.Firms;
using NrcGame.Grains.Games;
using NrcGame.Grains.Live;
using NrcGame.Grains.SalesTeams;
using NrcGame.Grains.Standings;
using NrcGame.Market;

namespace NrcGame.Grains.Tests;

[Collection(ClusterCollection.Name)]
public sealed class ObserverTests(ClusterFixture fixture)
{
    private sealed class RecordingObserver : IGameObserver
    {
        public Channel<GameSummary> Received { get; } = Channel.CreateUnbounded<GameSummary>();

        public Task OnGameChanged(GameSummary summary) => Received.Writer.WriteAsync(summary).AsTask();

        public Channel<TeamsChange> TeamsChanges { get; } = Channel.CreateUnbounded<TeamsChange>();

        public Task OnTeamsChanged(TeamsChange change) => TeamsChanges.Writer.WriteAsync(change).AsTask();

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

    /// <summary>Reads what a browser reloads after a resolution's push, as soon as it is told.</summary>
    private sealed class ReadingObserver(IGrainFactory grains, string gameId, string firmId) : IGameObserver
    {
        public TaskCompletionSource<int> Told { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public Channel<(int Results, int SalesTeamTurns, int Rankings)> Read { get; } = Channel.CreateUnbounded<(int, int, int)>();

        public async Task OnGameChanged(GameSummary summary)
        {
            Told.TrySetResult(summary.LastResolvedTurn);
            var firm = FirmKey.Of(gameId, firmId);
            var results = await grains.GetGrain<IFirmGrain>(firm).GetResults();
            var salesTeam = await grains.GetGrain<ISalesTeamGrain>(firm).GetTurns();
            var rankings = await grains.GetGrain<IStandingsGrain>(gameId).GetHistory();
            await Read.Writer.WriteAsync((results.Count, salesTeam.Count, rankings.Count));
        }

        public Task OnTeamsChanged(TeamsChange change) => Task.CompletedTask;

        public Task OnDraftChanged(string gameId, string firmId, Firms.DraftChange change) => Task.CompletedTask;
    }

    [Fact]
    public async Task The_class_is_told_while_a_firm_still_stores_the_turn_and_what_a_browser_then_reads_is_the_new_turn()
    {
        var game = fixture.Client.GetGrain<IGameGrain>($"g-{Guid.NewGuid():N}");
        await game.Create(new GameSetup("Observée", "standard", "Marché standard", ScenarioFactory.Standard(), ["A", "B"], 7));
        await game.Start(null);
        var firmId = (await game.GetSummary()).Teams[1].FirmId;
        var observer = new ReadingObserver(fixture.Client, game.GetPrimaryKeyString(), firmId);
        await game.Subscribe(fixture.Client.CreateObjectReference<IGameObserver>(observer));
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));

        // One firm is slow to store the turn: the class is told the standings meanwhile (the outcome is fixed once the
        // pending entries are stored), and the firm answers the browser's read only after its write.
        var release = new TaskCompletionSource();
        FaultInjection.HoldNextCall<IFirmGrain>(FirmKey.Of(game.GetPrimaryKeyString(), firmId), nameof(IFirmGrain.ApplyResult), release.Task);
        var resolution = game.CloseAndResolveTurn();
        Assert.Equal(1, await observer.Told.Task.WaitAsync(timeout.Token));
        await Task.Delay(200);
        Assert.False(resolution.IsCompleted, "the resolution waits for the firm held back");
        Assert.False(observer.Read.Reader.TryRead(out _), "the firm answers only after it has stored the turn");

        release.SetResult();
        Assert.True((await resolution).IsAccepted);
        Assert.Equal((1, 1, 1), await observer.Read.Reader.ReadAsync(timeout.Token));
    }

    [Fact]
    public async Task A_submission_a_withdrawal_and_a_connection_send_the_teams_line_alone_and_a_resolution_the_whole_view()
    {
        var game = fixture.Client.GetGrain<IGameGrain>($"g-{Guid.NewGuid():N}");
        await game.Create(new GameSetup("Observée", "standard", "Marché standard", ScenarioFactory.Standard(), ["A", "B"], 7));
        await game.Start(null);
        var observer = new RecordingObserver();
        await game.Subscribe(fixture.Client.CreateObjectReference<IGameObserver>(observer));
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        var decisions = (await fixture.Client.GetGrain<Firms.IFirmGrain>(Firms.FirmKey.Of(game.GetPrimaryKeyString(), "f2")).GetDecisions())!.Decisions;

        Assert.True((await game.SubmitDecisions("f2", 1, decisions, "Camille")).IsAccepted);
        var submitted = await observer.TeamsChanges.Reader.ReadAsync(timeout.Token);
        await game.Connect("connexion-1", "f1", "Yanis");
        var connected = await observer.TeamsChanges.Reader.ReadAsync(timeout.Token);
        Assert.True((await game.WithdrawDecisions("f2", 1, "Camille")).IsAccepted);
        var withdrawn = await observer.TeamsChanges.Reader.ReadAsync(timeout.Token);

        Assert.Equal((game.GetPrimaryKeyString(), 1), (submitted.GameId, submitted.CurrentTurn));
        Assert.Equal([false, true], submitted.Teams.Select(team => team.HasSubmitted));
        Assert.Equal(["Yanis"], connected.Teams[0].Online);
        Assert.Equal([false, false], withdrawn.Teams.Select(team => team.HasSubmitted));
        Assert.Equal((await game.GetSummary()).Teams, withdrawn.Teams, new TeamStatusComparer());
        Assert.False(observer.Received.Reader.TryRead(out _), "only the teams' line changed: the whole view is not sent");

        await game.CloseAndResolveTurn();
        Assert.Equal(1, (await observer.Received.Reader.ReadAsync(timeout.Token)).LastResolvedTurn);
    }

    /// <summary>Team lines compared field by field (their lists are compared by content).</summary>
    private sealed class TeamStatusComparer : IEqualityComparer<TeamStatus>
    {
        public bool Equals(TeamStatus? x, TeamStatus? y) =>
            x is not null && y is not null && (x.FirmId, x.Name, x.HasSubmitted, x.DraftEditedBy) == (y.FirmId, y.Name, y.HasSubmitted, y.DraftEditedBy)
            && x.Members.SequenceEqual(y.Members) && (x.Online ?? []).SequenceEqual(y.Online ?? []);

        public int GetHashCode(TeamStatus obj) => obj.FirmId.GetHashCode();
    }
}
