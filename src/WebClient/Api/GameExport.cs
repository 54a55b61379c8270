using NrcGame.Grains.Distributors;
using NrcGame.Grains.Firms;
using NrcGame.Grains.Games;
using NrcGame.Grains.SalesTeams;
using NrcGame.Grains.Segments;
using NrcGame.Grains.Standings;
using NrcGame.Market;
using NrcGame.Scenarios;

namespace NrcGame.WebClient.Api;

/// <summary>
/// Everything a game holds, in one JSON document the teacher downloads before deleting the game:
/// its setup and public view, the market in force, the event cards and every teacher change, each
/// resolved turn as the engine saw and resolved it (every firm's entry state, decisions and results),
/// the standings, each firm's submissions with who and when, its justifications and annotations, its
/// draft, and the part of each turn every sales team, distributor and market segment keeps.
/// Secrets are not in it: the teacher key and the join codes are only stored as hashes, and not exported.
/// </summary>
public sealed record GameExport(
    string Format,
    DateTimeOffset ExportedAt,
    GameSummary Game,
    MarketScenario? MarketInForce,
    IReadOnlyList<EventCard> EventCards,
    IReadOnlyList<AuditEntry> Audit,
    IReadOnlyList<PlayedTurn> PlayedTurns,
    IReadOnlyList<IReadOnlyList<StandingRow>> Standings,
    IReadOnlyList<FirmExport> Firms,
    IReadOnlyDictionary<string, IReadOnlyList<DistributorTurn>> Distributors,
    IReadOnlyDictionary<string, IReadOnlyList<SegmentTurn>> Segments)
{
    /// <summary>Name and version of this document's shape.</summary>
    public const string CurrentFormat = "nrcgame-export/1";

    /// <summary>Reads the whole of game <paramref name="gameId"/>; null when there is no such game.</summary>
    public static async Task<GameExport?> ReadAsync(IGrainFactory grains, string gameId, DateTimeOffset now)
    {
        var game = grains.GetGrain<IGameGrain>(gameId);
        var summary = await game.GetSummary();
        if (summary.Status == GameStatus.None) return null;
        var market = await game.GetScenario();
        var firms = new List<FirmExport>();
        foreach (var team in summary.Teams)
        {
            var firm = grains.GetGrain<IFirmGrain>(FirmKey.Of(gameId, team.FirmId));
            firms.Add(new FirmExport(team.FirmId, team.Name, await firm.GetHistory(), await firm.GetNotes(), await firm.GetDraft(),
                await grains.GetGrain<ISalesTeamGrain>(FirmKey.Of(gameId, team.FirmId)).GetTurns()));
        }
        var distributors = new Dictionary<string, IReadOnlyList<DistributorTurn>>();
        foreach (var channel in market?.Channels.Where(DistributorTurn.IsDistributor) ?? [])
            distributors[channel.Id] = await grains.GetGrain<IDistributorGrain>(DistributorKey.Of(gameId, channel.Id)).GetTurns();
        var segments = new Dictionary<string, IReadOnlyList<SegmentTurn>>();
        foreach (var segment in market?.Segments ?? [])
            segments[segment.Id] = await grains.GetGrain<IMarketSegmentGrain>(SegmentKey.Of(gameId, segment.Id)).GetTurns();
        return new GameExport(CurrentFormat, now, summary, market, await game.GetEventCards(), await game.GetAudit(), await game.GetPlayedTurns(),
            await grains.GetGrain<IStandingsGrain>(gameId).GetHistory(), firms, distributors, segments);
    }
}

/// <summary>One firm of a <see cref="GameExport"/>: its submissions (who, when, what), notes, draft and sales team by turn.</summary>
public sealed record FirmExport(
    string FirmId,
    string Name,
    IReadOnlyList<DecisionRecord> Submissions,
    IReadOnlyList<TurnNoteRecord> Notes,
    DraftView? Draft,
    IReadOnlyList<SalesTeamTurn> SalesTeam);
