namespace NrcGame.Cluster.Tests;

/// <summary>
/// Repeats an idempotent request while the cluster recovers from a killed silo (server errors and
/// dropped connections), up to a bound; a client error (4xx) is an answer and fails at once.
/// </summary>
public static class Retry
{
    /// <summary>How long the cluster is given to recover from a killed silo.</summary>
    public static readonly TimeSpan Bound = TimeSpan.FromSeconds(60);
    private static readonly TimeSpan Pause = TimeSpan.FromMilliseconds(250);

    /// <summary>Runs <paramref name="action"/> until it succeeds or <see cref="Bound"/> has passed; <paramref name="what"/> names it in failures.</summary>
    public static async Task<T> UntilSuccessAsync<T>(string what, Func<Task<T>> action)
    {
        var deadline = DateTime.UtcNow + Bound;
        while (true)
        {
            try
            {
                return await action();
            }
            catch (Exception exception) when (exception is HttpRequestException or TaskCanceledException)
            {
                if (exception is HttpRequestException { } http && !IsTransient(http))
                    throw new InvalidOperationException($"{what} was refused: {exception.Message}", exception);
                if (DateTime.UtcNow >= deadline)
                    throw new InvalidOperationException($"{what} still failed after {Bound}: {exception.Message}", exception);
                await Task.Delay(Pause);
            }
        }
    }

    private static bool IsTransient(HttpRequestException exception) =>
        exception.StatusCode is null || (int)exception.StatusCode >= 500;
}
