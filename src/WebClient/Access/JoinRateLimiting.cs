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

    /// <summary>Sign-in attempts allowed per address and minute unless configured otherwise.</summary>
    public const int DefaultAttemptsPerMinute = 60;

    /// <summary>The setting that changes the limit (e.g. a load test on loopback, or a large school behind one NAT).</summary>
    public const string AttemptsPerMinuteSetting = "NrcGame:JoinAttemptsPerMinute";

    /// <summary>Registers the policy, with the limit of <see cref="AttemptsPerMinuteSetting"/>, and its French rejection.</summary>
    public static IServiceCollection AddJoinRateLimiting(this IServiceCollection services, IConfiguration configuration)
    {
        var attemptsPerMinute = configuration.GetValue(AttemptsPerMinuteSetting, DefaultAttemptsPerMinute);
        if (attemptsPerMinute < 1)
            throw new InvalidOperationException($"{AttemptsPerMinuteSetting} must be at least 1 (got {attemptsPerMinute}).");
        return services.AddRateLimiter(limiter =>
        {
            limiter.AddPolicy(Policy, http => RateLimitPartition.GetFixedWindowLimiter(
                http.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                _ => new FixedWindowRateLimiterOptions { PermitLimit = attemptsPerMinute, Window = TimeSpan.FromMinutes(1) }));
            limiter.OnRejected = async (context, cancellation) =>
            {
                context.HttpContext.Response.StatusCode = StatusCodes.Status429TooManyRequests;
                await context.HttpContext.Response.WriteAsJsonAsync(
                    new ApiError("Trop de tentatives de connexion : patientez une minute avant de réessayer.", []), cancellation);
            };
        });
    }
}
