using System.Diagnostics;

namespace NrcGame.Testing;

/// <summary>
/// One process a test starts (Redis, a silo, a web front-end, the embedded app): started from a
/// fixed command line, ready once it prints its ready line, stopped gracefully (SIGTERM, as Ctrl+C)
/// or killed hard (SIGKILL, as a crash), and started again with the same command line (same ports).
/// Its output is kept for failure messages.
/// </summary>
public sealed class NodeProcess : IAsyncDisposable
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(90);
    private readonly ProcessStartInfo _startInfo;
    private readonly string _readyMarker;
    private readonly List<string> _output = [];
    private readonly List<(string Text, Action OnSeen)> _awaited = [];
    private Process? _process;

    /// <summary>Describes the process; nothing starts yet.</summary>
    /// <param name="name">Name used in failure messages.</param>
    /// <param name="startInfo">The command line; output redirection is set here.</param>
    /// <param name="readyMarker">Text of the line the process prints once it serves.</param>
    public NodeProcess(string name, ProcessStartInfo startInfo, string readyMarker)
    {
        Name = name;
        _startInfo = startInfo;
        _startInfo.RedirectStandardOutput = true;
        _startInfo.RedirectStandardError = true;
        _startInfo.UseShellExecute = false;
        _readyMarker = readyMarker;
    }

    /// <summary>Name used in failure messages.</summary>
    public string Name { get; }

    /// <summary>The ready line the process printed last.</summary>
    public string ReadyLine { get; private set; } = "";

    /// <summary>Everything the process printed, across restarts.</summary>
    public string Output { get { lock (_output) return string.Join('\n', _output); } }

    /// <summary>Starts the process and waits for its ready line.</summary>
    public async Task StartAsync()
    {
        var ready = new TaskCompletionSource<string>(TaskCreationOptions.RunContinuationsAsynchronously);
        var process = Process.Start(_startInfo) ?? throw new InvalidOperationException($"{Name} could not be started.");
        _process = process;
        process.OutputDataReceived += (_, line) => OnLine(line.Data, ready);
        process.ErrorDataReceived += (_, line) => OnLine(line.Data, ready);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var first = await Task.WhenAny(ready.Task, process.WaitForExitAsync(), Task.Delay(StartTimeout));
        if (first != ready.Task)
            throw new InvalidOperationException($"{Name} did not print \"{_readyMarker}\" within {StartTimeout}. Output:\n{Output}");
        ReadyLine = await ready.Task;
    }

    /// <summary>
    /// Kills the process (SIGKILL) the moment it prints a line containing <paramref name="text"/>
    /// (from now on), on the thread that reads that line, and completes once it is gone.
    /// </summary>
    public async Task KillWhenPrintedAsync(string text)
    {
        var process = _process ?? throw new InvalidOperationException($"{Name} is not running.");
        await WhenPrintedAsync(text, () => process.Kill(entireProcessTree: true));
        await process.WaitForExitAsync();
        lock (_output) _output.Add($"--- {Name} killed after « {text} » ---");
    }

    private Task WhenPrintedAsync(string text, Action atOnce)
    {
        var seen = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        lock (_output) _awaited.Add((text, () => { atOnce(); seen.TrySetResult(); }));
        return seen.Task;
    }

    /// <summary>Stops the process as Ctrl+C would (graceful shutdown) and waits for it to exit.</summary>
    public async Task StopAsync()
    {
        if (_process is null || _process.HasExited) return;
        Process.Start("kill", ["-TERM", _process.Id.ToString()])!.WaitForExit();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        await _process.WaitForExitAsync(timeout.Token);
        lock (_output) _output.Add($"--- {Name} stopped ---");
    }

    /// <summary>Kills the process at once (SIGKILL), as a crash would, and waits for it to be gone.</summary>
    public async Task KillAsync()
    {
        if (_process is null || _process.HasExited) return;
        _process.Kill(entireProcessTree: true);
        await _process.WaitForExitAsync();
        lock (_output) _output.Add($"--- {Name} killed ---");
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        await KillAsync();
        _process?.Dispose();
    }

    private void OnLine(string? line, TaskCompletionSource<string> ready)
    {
        if (line is null) return;
        lock (_output)
        {
            _output.Add(line);
            foreach (var awaited in _awaited.Where(awaited => line.Contains(awaited.Text, StringComparison.Ordinal)).ToList())
            {
                awaited.OnSeen();
                _awaited.Remove(awaited);
            }
        }
        if (line.Contains(_readyMarker, StringComparison.Ordinal)) ready.TrySetResult(line);
    }
}
