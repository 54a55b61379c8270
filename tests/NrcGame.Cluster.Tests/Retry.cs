namespace NrcGame.Cluster.Tests;

/// <summary>
/// Repeats an idempotent request while the cluster recovers from a killed silo (server errors and
/// dropped connections), up to a bound; a client error (4xx) is an answer and fails at once.
/// </summary>
public static class Retry
{
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(60);
    private static readonly TimeSpan Pause = TimeSpan.FromMilliseconds(250);

    /// <summary>Runs <paramref name="action"/> until it succeeds or <see cref="Bound"/> has passed.</summary>
    public static async Task<T> UntilSuccessAsync<T>(string what, Func<Task<T>> action)
    {
        var deadline = DateTime.UtcNow + Bound;
        while (true)
        {
            try
            {
                return await action();
            }
            catch (HttpRequestException exception) when (IsTransient(exception) && DateTime.UtcNow < deadline)
            {
                await Task.Delay(Pause);
            }
            catch (TaskCanceledException) when (DateTime.UtcNow < deadline)
            {
                await Task.Delay(Pause);
            }
        }
    }

    private static bool IsTransient(HttpRequestException exception) =>
        exception.StatusCode is null || (int)exception.StatusCode >= 500;
}
