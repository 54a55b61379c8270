namespace NrcGame.Security.Tests;

/// <summary>
/// The app the fuzz tests hammer: sign-in and import rate limits raised so that every one of the
/// thousands of inputs reaches the code under test instead of the limiter's 429.
/// </summary>
public sealed class FuzzedApp : IDisposable
{
    /// <summary>The app.</summary>
    public NrcGameFactory App { get; } = NrcGameFactory.With(new Dictionary<string, string> { ["NrcGame:JoinAttemptsPerMinute"] = "1000000" });

    /// <inheritdoc />
    public void Dispose() => App.Dispose();
}
