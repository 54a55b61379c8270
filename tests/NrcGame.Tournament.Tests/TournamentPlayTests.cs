using Microsoft.Extensions.DependencyInjection;
using NrcGame.Bots;
using NrcGame.Grains.Firms;
using NrcGame.Grains.Games;
using NrcGame.Grains.Tournaments;
using NrcGame.Market;
using NrcGame.WebClient.Api;

namespace NrcGame.Tournament.Tests;

/// <summary>
/// A tournament of 3 markets × 4 firms (2 teams and 2 bots each) plays 6 turns through the grains of the running
/// app (real SQLite file): each team changes its price its own way, the tournament resolves every market at once,
/// and the global ranking is the same when the tournament is played again from the same seed.
/// </summary>
public sealed class TournamentPlayTests(NrcGameFactory app) : IClassFixture<NrcGameFactory>
{
    private const int MarketCount = 3;
    private const int Turns = 6;
    private const string Scenario = "marche-standard";

    private static readonly BotSeat[] Bots = [new(BotStrategy.Discounter, BotDifficulty.Normal), new(BotStrategy.PremiumBrand, BotDifficulty.Hard)];

    [Fact]
    public async Task Three_markets_of_two_teams_and_two_bots_play_six_turns_and_rank_every_team_the_same_way_from_the_same_seed()
    {
        var first = await PlayAsync(seed: 2026);
        var second = await PlayAsync(seed: 2026);

        Assert.Equal(MarketCount, first.Markets.Count);
        Assert.All(first.Markets, market => Assert.Equal(Turns, market.LastResolvedTurn));
        Assert.Equal(MarketCount * 4, first.Ranking.Count);
        Assert.Equal(MarketCount * Bots.Length, first.Ranking.Count(team => team.IsBot));
        Assert.True(first.Ranking.Select(team => team.Score).Distinct().Count() > MarketCount, "the teams played differently, so their scores differ");
        foreach (var market in first.Ranking.GroupBy(team => team.MarketId))
        {
            // T-scores of one market average 50 (each rounded to 0.1) and its teams keep their market ranks 1–4.
            Assert.InRange(market.Average(team => team.NormalizedScore), 49.9m, 50.1m);
            Assert.Equal([1, 2, 3, 4], market.Select(team => team.MarketRank).Order());
            var byMarketRank = market.OrderBy(team => team.MarketRank).ToList();
            Assert.True(byMarketRank.Zip(byMarketRank.Skip(1)).All(pair => pair.First.NormalizedScore >= pair.Second.NormalizedScore));
        }
        Assert.Equal(1, first.Ranking[0].Rank);
        Assert.True(first.Ranking.Zip(first.Ranking.Skip(1)).All(pair => pair.First.Rank <= pair.Second.Rank && pair.First.NormalizedScore >= pair.Second.NormalizedScore));

        Assert.Equal(Comparable(first), Comparable(second));
    }

    /// <summary>The ranking with each market named by its number (the two tournaments have different ids).</summary>
    private static List<string> Comparable(TournamentLeaderboard leaderboard) =>
        leaderboard.Ranking.Select(team => $"{team.Rank} m{team.MarketId[(team.MarketId.LastIndexOf('-') + 1)..]} {team.FirmId} {team.Name} {team.Score} {team.NormalizedScore} {team.MarketRank}").ToList();

    private async Task<TournamentLeaderboard> PlayAsync(ulong seed)
    {
        var grains = app.Services.GetRequiredService<IGrainFactory>();
        var market = ShippedScenarios.Market(Scenario);
        var teams = Enumerable.Range(1, MarketCount).Select(number => (IReadOnlyList<string>)[$"Classe {number} — Alpha", $"Classe {number} — Bêta"]).ToList();
        var tournament = grains.GetGrain<ITournamentGrain>(GameIds.New());
        var creation = await tournament.Create(new TournamentSetup("Tournoi inter-classes", Scenario, "Marché standard", market, teams, seed, Bots: Bots));
        Assert.True(creation.Result.IsAccepted, string.Join(" | ", creation.Result.Errors.Select(error => error.Message)));
        Assert.True((await tournament.StartAll(null)).IsAccepted);

        for (var turn = 1; turn <= Turns; turn++)
        {
            foreach (var (created, index) in creation.Markets.Select((created, index) => (created, index)))
                foreach (var (team, side) in created.Teams.Select((team, side) => (team, side)))
                {
                    var entry = await grains.GetGrain<IFirmGrain>(FirmKey.Of(created.GameId, team.FirmId)).GetTurnEntry(turn);
                    var decisions = Priced(market, entry.Decisions, (index + 1) * 0.02m * (side == 0 ? 1 : -1));
                    var submitted = await grains.GetGrain<IGameGrain>(created.GameId).SubmitDecisions(team.FirmId, turn, decisions, "Camille");
                    Assert.True(submitted.IsAccepted, string.Join(" | ", submitted.Errors.Select(error => error.Message)));
                }
            var resolved = await tournament.ResolveAll();
            Assert.True(resolved.IsAccepted, string.Join(" | ", resolved.Errors.Select(error => error.Message)));
        }
        return (await tournament.GetLeaderboard())!;
    }

    /// <summary>The decisions with every list price moved by <paramref name="change"/> from the segment's reference price.</summary>
    private static FirmDecisions Priced(MarketScenario market, FirmDecisions decisions, decimal change) => decisions with
    {
        Pricing = decisions.Pricing with
        {
            ListPrice = market.Segments.ToDictionary(segment => segment.Id, segment => Math.Round(segment.ReferencePrice * (1 + change), 2)),
        },
    };
}
