namespace NrcGame.Silo.Storage;

/// <summary>
/// Permission to write, taken by <see cref="RelationalGrainStorage"/> before each write or clear and
/// given back on dispose. Engines that lock whole files (SQLite) hand out one lease at a time per
/// file, so writers queue without blocking threads; engines with row locks (PostgreSQL) hand out
/// <see cref="Unlimited"/>.
/// </summary>
internal sealed class WriterLease : IDisposable
{
    private SemaphoreSlim? _gate;

    private WriterLease(SemaphoreSlim? gate) => _gate = gate;

    /// <summary>A lease that holds nothing: writers do not wait for each other in this process.</summary>
    public static WriterLease Unlimited { get; } = new(null);

    /// <summary>Waits asynchronously for <paramref name="gate"/> and returns the lease that releases it.</summary>
    public static async Task<WriterLease> AcquireAsync(SemaphoreSlim gate, CancellationToken cancellationToken)
    {
        await gate.WaitAsync(cancellationToken);
        return new WriterLease(gate);
    }

    /// <summary>Lets the next writer in (once).</summary>
    public void Dispose() => Interlocked.Exchange(ref _gate, null)?.Release();
}
