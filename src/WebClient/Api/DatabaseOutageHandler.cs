using Microsoft.AspNetCore.Diagnostics;
using NrcGame.Grains;

namespace NrcGame.WebClient.Api;

/// <summary>
/// A request that failed because the database is unavailable (see <see cref="DatabaseUnavailableException.IsCauseOf"/>)
/// is answered 503 with the French <see cref="DatabaseUnavailableException.FrenchMessage"/> and logged once as a
/// warning with its cause; nothing was stored, so the user can simply try again.
/// </summary>
public sealed partial class DatabaseOutageHandler(ILogger<DatabaseOutageHandler> logger) : IExceptionHandler
{
    /// <inheritdoc />
    public async ValueTask<bool> TryHandleAsync(HttpContext context, Exception exception, CancellationToken cancellationToken)
    {
        if (!DatabaseUnavailableException.IsCauseOf(exception)) return false;
        LogOutage(logger, context.Request.Method, context.Request.Path, exception.GetBaseException().Message);
        context.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
        await context.Response.WriteAsJsonAsync(new ApiError(DatabaseUnavailableException.FrenchMessage, []), cancellationToken);
        return true;
    }

    /// <summary>Logs a request refused because the database is unavailable (shared with the hub filter).</summary>
    [LoggerMessage(Level = LogLevel.Warning, Message = "{Method} {Path} refused with the French outage message (503 over HTTP). Cause: {Cause}")]
    public static partial void LogOutage(ILogger logger, string method, string path, string cause);
}
