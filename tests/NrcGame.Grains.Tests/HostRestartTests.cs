using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Time.Testing;
using NrcGame.Grains.Firms;
using NrcGame.Grains.Games;
using NrcGame.Market;
using NrcGame.Silo.Hosting;

namespace NrcGame.Grains.Tests;

/// <summary>
/// A timed deadline survives the silo host being stopped and started again on the same SQLite file,
/// with the production <see cref="SiloConfiguration"/>: the countdown is persisted, the silo's startup
/// wakes the games that had one running, and the game re-arms it (or closes the turn at once when the
/// deadline passed while the host was down). Time is a <see cref="FakeTimeProvider"/>; the test waits
/// for the state to change by polling, bounded, never by measuring wall-clock time.
/// </summary>
public sealed class HostRestartTests : IDisposable
{
    // Ports of this test's silo (the grains engineer's range), so that it never meets another test's silo.
    private const int SiloPort = 5162;
    private const int GatewayPort = 5163;
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);

    private readonly string dataFolder = Path.Combine(Path.GetTempPath(), $"nrcgame-restart-{Guid.NewGuid():N}");
    private readonly FakeTimeProvider time = new(new DateTimeOffset(2026, 9, 1, 8, 0, 0, TimeSpan.Zero));

    private async Task<IHost> StartSiloHost()
    {
        var builder = Host.CreateApplicationBuilder();
        builder.Services.AddSingleton<TimeProvider>(time);
        builder.UseOrleans(silo => silo.ConfigureNrcGameSilo(new NrcGameHostingOptions { DataFolder = dataFolder, SiloPort = SiloPort, GatewayPort = GatewayPort }));
        var host = builder.Build();
        await host.StartAsync();
        return host;
    }

    private static async Task StopSiloHost(IHost host)
    {
        await host.StopAsync();
        host.Dispose();
    }

    /// <summary>
    /// Waits (bounded) until <paramref name="firm"/> holds <paramref name="count"/> results. Reading a firm
    /// does not activate its game, so only the deadline itself can have resolved the turn.
    /// </summary>
    private static async Task UntilFirmHasResults(IFirmGrain firm, int count, string what)
    {
        var giveUp = DateTime.UtcNow + Patience;
        while ((await firm.GetResults()).Count < count)
        {
            Assert.True(DateTime.UtcNow < giveUp, $"{what}: the firm still has fewer than {count} result(s) after {Patience}");
            await Task.Delay(100);
        }
    }

    /// <summary>Creates game <paramref name="gameId"/> on the standard market for <paramref name="teams"/> and opens its first turn.</summary>
    private static async Task<IGameGrain> StartedGame(IGrainFactory grains, string gameId, string[] teams, TimeSpan? turnDuration)
    {
        var game = grains.GetGrain<IGameGrain>(gameId);
        Assert.True((await game.Create(new GameSetup("Redémarrage", "standard", "Marché standard", ScenarioFactory.Standard(), teams, 7))).Result.IsAccepted);
        Assert.True((await game.Start(turnDuration)).IsAccepted);
        return game;
    }

    [Fact]
    public async Task A_timed_deadline_fires_after_the_silo_host_restarts_on_the_same_sqlite_file()
    {
        var gameId = $"restart-{Guid.NewGuid():N}";
        var host = await StartSiloHost();
        var grains = host.Services.GetRequiredService<IGrainFactory>();
        var game = await StartedGame(grains, gameId, ["A", "B"], TimeSpan.FromMinutes(20));
        var decisions = (await grains.GetGrain<IFirmGrain>(FirmKey.Of(gameId, "f1")).GetDecisions())!.Decisions;
        var submitted = decisions with { Pricing = decisions.Pricing with { PaymentTermsDays = 45 } };
        Assert.True((await game.SubmitDecisions("f1", 1, submitted, "Camille")).IsAccepted);
        var deadline = (await game.GetSummary()).Deadline;
        await StopSiloHost(host);

        // 1. Restarted before the deadline: the countdown is re-armed and fires when its time comes.
        host = await StartSiloHost();
        grains = host.Services.GetRequiredService<IGrainFactory>();
        var firm = grains.GetGrain<IFirmGrain>(FirmKey.Of(gameId, "f1"));
        Assert.Empty(await firm.GetResults());
        time.Advance(TimeSpan.FromMinutes(20));
        await UntilFirmHasResults(firm, 1, "deadline reached after a restart");
        var entry = (await firm.GetTurnRecords())[0].Entry;
        Assert.Equal((true, 45), (entry.Submitted, entry.Decisions.Pricing.PaymentTermsDays));
        var summary = await grains.GetGrain<IGameGrain>(gameId).GetSummary();
        Assert.Equal((1, 2, GameStatus.TurnOpen), (summary.LastResolvedTurn, summary.CurrentTurn, summary.Status));
        Assert.Equal(deadline + TimeSpan.FromMinutes(20), summary.Deadline);
        await StopSiloHost(host);

        // 2. The deadline passes while the host is down: the turn is closed as soon as the host is back.
        time.Advance(TimeSpan.FromMinutes(25));
        host = await StartSiloHost();
        grains = host.Services.GetRequiredService<IGrainFactory>();
        await UntilFirmHasResults(grains.GetGrain<IFirmGrain>(FirmKey.Of(gameId, "f2")), 2, "deadline passed while the host was down");
        Assert.Equal(2, (await grains.GetGrain<IGameGrain>(gameId).GetSummary()).LastResolvedTurn);
        await StopSiloHost(host);
    }

    [Fact]
    public async Task Which_teams_submitted_is_known_again_after_the_silo_host_restarts_from_the_firms_submissions()
    {
        var gameId = $"restart-submitted-{Guid.NewGuid():N}";
        var host = await StartSiloHost();
        var grains = host.Services.GetRequiredService<IGrainFactory>();
        var game = await StartedGame(grains, gameId, ["A", "B", "C"], turnDuration: null);
        async Task<FirmDecisions> DecisionsOf(IGrainFactory factory, string firmId) =>
            (await factory.GetGrain<IFirmGrain>(FirmKey.Of(gameId, firmId)).GetDecisions())!.Decisions;
        Assert.True((await game.SubmitDecisions("f1", 1, await DecisionsOf(grains, "f1"), "Camille")).IsAccepted);
        Assert.True((await game.SubmitDecisions("f3", 1, await DecisionsOf(grains, "f3"), "Louis")).IsAccepted);
        Assert.True((await game.WithdrawDecisions("f3", 1, "Louis")).IsAccepted);
        static async Task<bool[]> Submitted(IGameGrain game) => (await game.GetSummary()).Teams.Select(team => team.HasSubmitted).ToArray();
        Assert.Equal(new[] { true, false, false }, await Submitted(game));
        await StopSiloHost(host);

        host = await StartSiloHost();
        grains = host.Services.GetRequiredService<IGrainFactory>();
        game = grains.GetGrain<IGameGrain>(gameId);
        Assert.Equal(new[] { true, false, false }, await Submitted(game));
        Assert.True((await game.SubmitDecisions("f2", 1, await DecisionsOf(grains, "f2"), "Inès")).IsAccepted);
        Assert.Equal(new[] { true, true, false }, await Submitted(game));
        Assert.True((await game.ResolveTurn(1)).IsAccepted);
        Assert.Equal(new[] { false, false, false }, await Submitted(game));
        await StopSiloHost(host);
    }

    /// <inheritdoc />
    public void Dispose()
    {
        if (Directory.Exists(dataFolder)) Directory.Delete(dataFolder, recursive: true);
    }
}
