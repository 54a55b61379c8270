using Microsoft.AspNetCore.SignalR;
using NrcGame.Grains;
using NrcGame.WebClient.Api;

namespace NrcGame.WebClient.Live;

/// <summary>
/// A hub call (or the greeting of a new connection) that failed because the database is unavailable reaches
/// the caller as a <see cref="HubException"/> with the French <see cref="DatabaseUnavailableException.FrenchMessage"/>,
/// logged once as a warning, like <see cref="DatabaseOutageHandler"/> does for HTTP.
/// </summary>
public sealed class DatabaseOutageHubFilter(ILogger<DatabaseOutageHubFilter> logger) : IHubFilter
{
    /// <inheritdoc />
    public async ValueTask<object?> InvokeMethodAsync(HubInvocationContext invocation, Func<HubInvocationContext, ValueTask<object?>> next)
    {
        try
        {
            return await next(invocation);
        }
        catch (Exception failure) when (DatabaseUnavailableException.IsCauseOf(failure))
        {
            DatabaseOutageHandler.LogOutage(logger, "hub", invocation.HubMethodName, failure.GetBaseException().Message);
            throw new HubException(DatabaseUnavailableException.FrenchMessage);
        }
    }

    /// <inheritdoc />
    public async Task OnConnectedAsync(HubLifetimeContext context, Func<HubLifetimeContext, Task> next)
    {
        try
        {
            await next(context);
        }
        catch (Exception failure) when (DatabaseUnavailableException.IsCauseOf(failure))
        {
            DatabaseOutageHandler.LogOutage(logger, "hub", "connexion", failure.GetBaseException().Message);
            throw new HubException(DatabaseUnavailableException.FrenchMessage);
        }
    }
}
