using System.Threading.RateLimiting;
using NrcGame.WebClient.Api;

namespace NrcGame.WebClient.Access;

/// <summary>
/// Limits attempts to exchange a join code or a teacher key for a token, per client address,
/// so that codes cannot be guessed by brute force. A whole class behind one school NAT must still
/// get in, hence a generous window.
/// </summary>
public static class JoinRateLimiting
{
    /// <summary>The rate-limiter policy name put on sign-in endpoints.</summary>
    public const string Policy = "sign-in";

    /// <summary>Sign-in attempts allowed per address and minute.</summary>
    public const int AttemptsPerMinute = 60;

    /// <summary>Registers the policy and its French rejection.</summary>
    public static IServiceCollection AddJoinRateLimiting(this IServiceCollection services) =>
        services.AddRateLimiter(limiter =>
        {
            limiter.AddPolicy(Policy, http => RateLimitPartition.GetFixedWindowLimiter(
                http.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                _ => new FixedWindowRateLimiterOptions { PermitLimit = AttemptsPerMinute, Window = TimeSpan.FromMinutes(1) }));
            limiter.OnRejected = async (context, cancellation) =>
            {
                context.HttpContext.Response.StatusCode = StatusCodes.Status429TooManyRequests;
                await context.HttpContext.Response.WriteAsJsonAsync(
                    new ApiError("Trop de tentatives de connexion : patientez une minute avant de réessayer.", []), cancellation);
            };
        });
}
