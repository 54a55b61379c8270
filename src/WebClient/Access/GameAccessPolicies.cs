using Microsoft.AspNetCore.Authorization;
using NrcGame.Grains.Tournaments;

namespace NrcGame.WebClient.Access;

/// <summary>
/// The single authorization policy table of NRC Game: every endpoint names one of these
/// policies, and <see cref="GameAccessHandler"/> checks it against the game and firm in the route.
/// </summary>
public static class GameAccessPolicies
{
    /// <summary>Only the teacher of the game in the route.</summary>
    public const string Teacher = "game-teacher";

    /// <summary>The teacher, any student or the projector of the game in the route (public view only).</summary>
    public const string Member = "game-member";

    /// <summary>A student of the firm in the route, or the teacher of its game (read access).</summary>
    public const string FirmReader = "firm-reader";

    /// <summary>Only a student of the firm in the route (changes a firm's decisions).</summary>
    public const string FirmStudent = "firm-student";

    /// <summary>Only the teacher of the tournament in the route (runs the turns of all its markets at once).</summary>
    public const string TournamentTeacher = "tournament-teacher";

    /// <summary>The tournament's teacher, or any teacher, student or projector of one of its markets (watches its leaderboard).</summary>
    public const string TournamentMember = "tournament-member";

    /// <summary>Registers the policies and their handler.</summary>
    public static IServiceCollection AddGameAccessPolicies(this IServiceCollection services)
    {
        services.AddSingleton<IAuthorizationHandler, GameAccessHandler>();
        return services.AddAuthorizationBuilder()
            .AddPolicy(Teacher, policy => policy.AddRequirements(new GameAccessRequirement(AccessRule.Teacher)))
            .AddPolicy(Member, policy => policy.AddRequirements(new GameAccessRequirement(AccessRule.Member)))
            .AddPolicy(FirmReader, policy => policy.AddRequirements(new GameAccessRequirement(AccessRule.FirmReader)))
            .AddPolicy(FirmStudent, policy => policy.AddRequirements(new GameAccessRequirement(AccessRule.FirmStudent)))
            .AddPolicy(TournamentTeacher, policy => policy.AddRequirements(new GameAccessRequirement(AccessRule.TournamentTeacher)))
            .AddPolicy(TournamentMember, policy => policy.AddRequirements(new GameAccessRequirement(AccessRule.TournamentMember)))
            .Services;
    }
}

/// <summary>What a policy requires of the caller's grant.</summary>
public enum AccessRule
{
    /// <summary>See <see cref="GameAccessPolicies.Teacher"/>.</summary>
    Teacher,

    /// <summary>See <see cref="GameAccessPolicies.Member"/>.</summary>
    Member,

    /// <summary>See <see cref="GameAccessPolicies.FirmReader"/>.</summary>
    FirmReader,

    /// <summary>See <see cref="GameAccessPolicies.FirmStudent"/>.</summary>
    FirmStudent,

    /// <summary>See <see cref="GameAccessPolicies.TournamentTeacher"/>.</summary>
    TournamentTeacher,

    /// <summary>See <see cref="GameAccessPolicies.TournamentMember"/>.</summary>
    TournamentMember,
}

/// <summary>The requirement carried by each policy.</summary>
public sealed record GameAccessRequirement(AccessRule Rule) : IAuthorizationRequirement;

/// <summary>
/// Checks a <see cref="GameAccessRequirement"/> against the game, firm and tournament a request acts on: the
/// route's <c>gameId</c>, <c>firmId</c> and <c>tournamentId</c> for HTTP, the hub method's arguments of those names
/// (else the caller's own game and firm) for SignalR.
/// </summary>
public sealed class GameAccessHandler : AuthorizationHandler<GameAccessRequirement>
{
    /// <inheritdoc />
    protected override Task HandleRequirementAsync(AuthorizationHandlerContext context, GameAccessRequirement requirement)
    {
        var grant = AccessClaims.ToGrant(context.User);
        if (grant is not null && Target(context.Resource, grant) is var (gameId, firmId, tournamentId)
            && Allows(grant, requirement.Rule, gameId, firmId, tournamentId))
        {
            context.Succeed(requirement);
        }
        return Task.CompletedTask;
    }

    private static (string? GameId, string? FirmId, string? TournamentId) Target(object? resource, AccessGrant grant) => resource switch
    {
        HttpContext http => (http.GetRouteValue("gameId") as string, http.GetRouteValue("firmId") as string, http.GetRouteValue("tournamentId") as string),
        Microsoft.AspNetCore.SignalR.HubInvocationContext hub =>
            (HubArgument(hub, "gameId") ?? grant.GameId, HubArgument(hub, "firmId") ?? grant.FirmId, HubArgument(hub, "tournamentId")),
        _ => (null, null, null),
    };

    private static string? HubArgument(Microsoft.AspNetCore.SignalR.HubInvocationContext hub, string name)
    {
        var parameters = hub.HubMethod.GetParameters();
        var index = Array.FindIndex(parameters, parameter => parameter.Name == name);
        return index >= 0 && index < hub.HubMethodArguments.Count ? hub.HubMethodArguments[index] as string ?? "" : null;
    }

    /// <summary>
    /// The decision table itself, kept pure so that it reads like the policy it is. A tournament teacher is the
    /// teacher of every market of its tournament (the market's game id names its tournament, <see cref="TournamentMarkets"/>).
    /// </summary>
    public static bool Allows(AccessGrant grant, AccessRule rule, string? gameId, string? firmId, string? tournamentId = null)
    {
        if (rule is AccessRule.TournamentTeacher or AccessRule.TournamentMember)
        {
            if (tournamentId is null) return false;
            var teachesIt = grant.Role == AccessRole.TournamentTeacher && grant.GameId == tournamentId;
            var playsInIt = grant.Role != AccessRole.TournamentTeacher && TournamentMarkets.TournamentOf(grant.GameId) == tournamentId;
            return teachesIt || (rule == AccessRule.TournamentMember && playsInIt);
        }
        if (gameId is null) return false;
        var tournamentTeacher = grant.Role == AccessRole.TournamentTeacher && TournamentMarkets.TournamentOf(gameId) == grant.GameId;
        if (grant.Role == AccessRole.TournamentTeacher ? !tournamentTeacher : grant.GameId != gameId) return false;
        var isTeacher = grant.Role == AccessRole.Teacher || tournamentTeacher;
        var isFirmStudent = grant.Role == AccessRole.Student && firmId is not null && grant.FirmId == firmId;
        return rule switch
        {
            AccessRule.Teacher => isTeacher,
            AccessRule.Member => true,
            AccessRule.FirmReader => isTeacher || isFirmStudent,
            AccessRule.FirmStudent => isFirmStudent,
            _ => false,
        };
    }
}
