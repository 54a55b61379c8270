using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace NrcGame.Testing;

/// <summary>A logger provider that keeps every entry of warning level or above, exception included.</summary>
public sealed class CapturedLogs : ILoggerProvider
{
    private readonly ConcurrentQueue<CapturedLogEntry> entries = new();

    /// <summary>The entries so far, oldest first.</summary>
    public IReadOnlyList<CapturedLogEntry> Entries => [.. entries];

    /// <summary>
    /// Entries of error level or above, or carrying an exception — except a <c>HubException</c>:
    /// that is a hub method's deliberate French answer to its caller (SignalR logs it as an error).
    /// </summary>
    public IReadOnlyList<CapturedLogEntry> Failures =>
        [.. entries.Where(entry => (entry.Level >= LogLevel.Error || entry.Exception is not null)
            && entry.Exception is not Microsoft.AspNetCore.SignalR.HubException)];

    /// <inheritdoc />
    public ILogger CreateLogger(string categoryName) => new Logger(categoryName, entries);

    /// <inheritdoc />
    public void Dispose() { }

    private sealed class Logger(string category, ConcurrentQueue<CapturedLogEntry> entries) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Warning;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (IsEnabled(logLevel)) entries.Enqueue(new CapturedLogEntry(category, logLevel, formatter(state, exception), exception));
        }
    }
}

/// <summary>One captured log entry.</summary>
/// <param name="Category">The logger category (usually the class that logged).</param>
/// <param name="Level">Its level.</param>
/// <param name="Message">The formatted message.</param>
/// <param name="Exception">The exception logged with it, if any.</param>
public sealed record CapturedLogEntry(string Category, LogLevel Level, string Message, Exception? Exception)
{
    /// <inheritdoc />
    public override string ToString() => $"{Level} {Category}: {Message}{(Exception is null ? "" : "\n" + Exception)}";
}
