using Microsoft.AspNetCore.Authorization;

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

    /// <summary>Registers the policies and their handler.</summary>
    public static IServiceCollection AddGameAccessPolicies(this IServiceCollection services)
    {
        services.AddSingleton<IAuthorizationHandler, GameAccessHandler>();
        return services.AddAuthorizationBuilder()
            .AddPolicy(Teacher, policy => policy.AddRequirements(new GameAccessRequirement(AccessRule.Teacher)))
            .AddPolicy(Member, policy => policy.AddRequirements(new GameAccessRequirement(AccessRule.Member)))
            .AddPolicy(FirmReader, policy => policy.AddRequirements(new GameAccessRequirement(AccessRule.FirmReader)))
            .AddPolicy(FirmStudent, policy => policy.AddRequirements(new GameAccessRequirement(AccessRule.FirmStudent)))
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
}

/// <summary>The requirement carried by each policy.</summary>
public sealed record GameAccessRequirement(AccessRule Rule) : IAuthorizationRequirement;

/// <summary>
/// Checks a <see cref="GameAccessRequirement"/> against the game and firm a request acts on: the
/// route's <c>gameId</c> and <c>firmId</c> for HTTP, the hub method's arguments of those names
/// (else the caller's own game and firm) for SignalR.
/// </summary>
public sealed class GameAccessHandler : AuthorizationHandler<GameAccessRequirement>
{
    /// <inheritdoc />
    protected override Task HandleRequirementAsync(AuthorizationHandlerContext context, GameAccessRequirement requirement)
    {
        var grant = AccessClaims.ToGrant(context.User);
        if (grant is not null && Target(context.Resource, grant) is var (gameId, firmId) && Allows(grant, requirement.Rule, gameId, firmId))
            context.Succeed(requirement);
        return Task.CompletedTask;
    }

    private static (string? GameId, string? FirmId) Target(object? resource, AccessGrant grant) => resource switch
    {
        HttpContext http => (http.GetRouteValue("gameId") as string, http.GetRouteValue("firmId") as string),
        Microsoft.AspNetCore.SignalR.HubInvocationContext hub =>
            (HubArgument(hub, "gameId") ?? grant.GameId, HubArgument(hub, "firmId") ?? grant.FirmId),
        _ => (null, null),
    };

    private static string? HubArgument(Microsoft.AspNetCore.SignalR.HubInvocationContext hub, string name)
    {
        var parameters = hub.HubMethod.GetParameters();
        var index = Array.FindIndex(parameters, parameter => parameter.Name == name);
        return index >= 0 && index < hub.HubMethodArguments.Count ? hub.HubMethodArguments[index] as string ?? "" : null;
    }

    /// <summary>The decision table itself, kept pure so that it reads like the policy it is.</summary>
    public static bool Allows(AccessGrant grant, AccessRule rule, string? gameId, string? firmId)
    {
        if (gameId is null || grant.GameId != gameId) return false;
        var isTeacher = grant.Role == AccessRole.Teacher;
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
