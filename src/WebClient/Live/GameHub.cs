using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.SignalR;
using NrcGame.Grains.Firms;
using NrcGame.Grains.Games;
using NrcGame.WebClient.Access;

namespace NrcGame.WebClient;

/// <summary>
/// The SignalR hub every browser of a game connects to with its token. The connection joins its
/// game's group (and its firm's group for a student) and immediately receives the game's public view;
/// later updates arrive from <see cref="Live.GameUpdatesForwarder"/>. Students edit their team's
/// shared draft through <see cref="EditDraft"/>.
/// Every hub method names its policy with <see cref="HubPolicyAttribute"/> (checked by <see cref="GameAccessHubFilter"/>).
/// </summary>
[Authorize]
public sealed class GameHub(Live.GameUpdatesForwarder forwarder, IGrainFactory grains, TimeProvider time) : Hub
{
    /// <summary>Where the hub is mapped.</summary>
    public const string Path = "/hubs/game";

    /// <summary>Client method receiving a <see cref="GameSummary"/>.</summary>
    public const string GameChanged = "gameChanged";

    /// <summary>Client method receiving a <see cref="TeamsChange"/>: only the teams' line of the last <see cref="GameChanged"/> view changed.</summary>
    public const string TeamsChanged = "teamsChanged";

    /// <summary>Client method receiving a <see cref="DraftChange"/> of the student's own firm.</summary>
    public const string DraftChanged = "draftChanged";

    /// <summary>Client method receiving a <see cref="Grains.Tournaments.TournamentLeaderboard"/>.</summary>
    public const string LeaderboardChanged = "leaderboardChanged";

    /// <summary>SignalR group of everyone watching a tournament's leaderboard (named by the public tournament id only).</summary>
    public static string TournamentGroup(string tournamentId) => $"tournament:{tournamentId}";

    /// <summary>SignalR group of everyone watching a game.</summary>
    public static string GameGroup(string gameId) => $"game:{gameId}";

    /// <summary>SignalR group of the students of one firm (private updates).</summary>
    public static string FirmGroup(string gameId, string firmId) => $"firm:{gameId}:{firmId}";

    /// <inheritdoc />
    public override async Task OnConnectedAsync()
    {
        var grant = AccessClaims.ToGrant(Context.User!);
        if (grant is null)
        {
            Context.Abort();
            return;
        }
        if (grant.Role == AccessRole.TournamentTeacher) return; // no game of its own: it watches the leaderboard (WatchTournament)
        await Groups.AddToGroupAsync(Context.ConnectionId, GameGroup(grant.GameId));
        if (grant is { Role: AccessRole.Student, FirmId: { } firmId })
        {
            await Groups.AddToGroupAsync(Context.ConnectionId, FirmGroup(grant.GameId, firmId));
            await grains.GetGrain<IGameGrain>(grant.GameId).Connect(Context.ConnectionId, firmId, grant.DisplayName);
        }
        await forwarder.WatchAsync(grant.GameId);
        var summary = await grains.GetGrain<IGameGrain>(grant.GameId).GetSummary();
        await Clients.Caller.SendAsync(GameChanged, summary);
    }

    /// <inheritdoc />
    public override async Task OnDisconnectedAsync(Exception? exception)
    {
        if (AccessClaims.ToGrant(Context.User!) is { Role: AccessRole.Student } grant)
            await grains.GetGrain<IGameGrain>(grant.GameId).Disconnect(Context.ConnectionId);
        await base.OnDisconnectedAsync(exception);
    }

    /// <summary>
    /// Joins the caller to the live leaderboard of <paramref name="tournamentId"/> (its teacher, or a member of one
    /// of its markets) and returns the current one; later ones arrive as <see cref="LeaderboardChanged"/>.
    /// </summary>
    /// <param name="tournamentId">The tournament.</param>
    [HubPolicy(GameAccessPolicies.TournamentMember)]
    public async Task<Grains.Tournaments.TournamentLeaderboard?> WatchTournament(string tournamentId)
    {
        await Groups.AddToGroupAsync(Context.ConnectionId, TournamentGroup(tournamentId));
        await forwarder.WatchTournamentAsync(tournamentId);
        return await grains.GetGrain<Grains.Tournaments.ITournamentGrain>(tournamentId).GetLeaderboard();
    }

    /// <summary>
    /// Sets one field of the caller's team draft (students only). Teammates receive the change
    /// through <see cref="DraftChanged"/>; the caller gets the outcome, with a French reason when refused.
    /// </summary>
    /// <param name="turn">The turn the student is preparing.</param>
    /// <param name="path">The field, e.g. <c>pricing.listPrice.B2C_GP</c>.</param>
    /// <param name="valueJson">The new value as JSON text.</param>
    [HubPolicy(GameAccessPolicies.FirmStudent)]
    public async Task<DraftEditResult> EditDraft(int turn, string path, string valueJson)
    {
        var grant = AccessClaims.ToGrant(Context.User!);
        if (grant is not { Role: AccessRole.Student, FirmId: { } firmId })
            return new DraftEditResult(null, "Seuls les étudiants d'une équipe modifient son brouillon.");
        return await grains.GetGrain<IFirmGrain>(FirmKey.Of(grant.GameId, firmId))
            .EditDraft(turn, path ?? "", valueJson ?? "", grant.DisplayName, time.GetUtcNow());
    }
}
