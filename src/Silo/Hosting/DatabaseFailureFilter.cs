using Microsoft.Extensions.Logging;
using NrcGame.Grains;

namespace NrcGame.Silo.Hosting;

/// <summary>
/// Every grain call that fails because the database could not be read or written (see
/// <see cref="DatabaseUnavailableException.IsCauseOf"/>) deactivates the grain, so that the next call
/// reloads the last state actually stored instead of the in-memory change that was never saved. The
/// failure goes on to the caller (a grain up the chain is deactivated in turn).
/// </summary>
public sealed partial class DatabaseFailureFilter(ILogger<DatabaseFailureFilter> logger) : IIncomingGrainCallFilter
{
    /// <inheritdoc />
    public async Task Invoke(IIncomingGrainCallContext context)
    {
        try
        {
            await context.Invoke();
        }
        catch (Exception failure) when (DatabaseUnavailableException.IsCauseOf(failure))
        {
            LogDeactivated(logger, context.TargetId, context.MethodName, failure.GetBaseException().Message);
            context.TargetContext.Deactivate(new DeactivationReason(DeactivationReasonCode.ApplicationError, failure, "La base de données n'a pas pu être lue ou écrite."));
            throw;
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Database unavailable during {Grain}.{Method}: the grain is deactivated to reload its stored state. Cause: {Cause}")]
    private static partial void LogDeactivated(ILogger logger, GrainId grain, string method, string cause);
}
