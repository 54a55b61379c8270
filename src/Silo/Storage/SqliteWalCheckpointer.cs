
namespace NrcGame.Silo.Storage;

/// <summary>
/// Copies the SQLite file's write-ahead log into the database in the background, every <see cref="Period"/>, so that
/// no grain write waits for it: by default SQLite checkpoints inside the commit that makes the log exceed 1 000 pages,
/// and every write of that group commit then waited for some 4 MB to be copied and flushed (a resolution burst of a
/// hundred classes wrote such a log every fraction of a second). The writers' connections leave SQLite's automatic
/// checkpoint only as a safety net, at <see cref="WritersCheckpointAfterPages"/> (see <see cref="SqliteDialect"/>).
/// </summary>
/// <remarks>
/// A <c>PASSIVE</c> checkpoint copies what no reader still needs and never waits for readers or writers. The log is
/// reused from its start by the next writer only once it is copied entirely, which writes arriving during the copy
/// would prevent for as long as they keep coming: so a second checkpoint, holding this process's writer lease (the
/// one writer at a time of <see cref="SqliteDialect"/>), copies the few pages written meanwhile. A failed checkpoint (a disk error) is tried again at the
/// next period; the log keeps every committed write meanwhile, so nothing is lost, it only grows (up to the writers' own
/// checkpoint). Closing the last
/// connection (when the silo stops) checkpoints whatever is left.
/// </remarks>
internal sealed class SqliteWalCheckpointer : IAsyncDisposable
{
    /// <summary>How often the log is copied into the database.</summary>
    public static readonly TimeSpan Period = TimeSpan.FromSeconds(1);

    /// <summary>
    /// The log size, in pages (80 MB), at which a writer's commit checkpoints after all: not reached while this runs
    /// (a second of the heaviest load measured writes a few megabytes), it bounds the log should the background
    /// checkpoints keep failing.
    /// </summary>
    public const int WritersCheckpointAfterPages = 20_000;

    private readonly CancellationTokenSource _stopping = new();
    private readonly Task _loop;

    /// <summary>Starts checkpointing the file that <paramref name="dialect"/> opens.</summary>
    public SqliteWalCheckpointer(IStorageDialect dialect) =>
        _loop = Task.Run(() => RunAsync(dialect, _stopping.Token));

    private static async Task RunAsync(IStorageDialect dialect, CancellationToken stopping)
    {
        using var timer = new PeriodicTimer(Period);
        try
        {
            while (await timer.WaitForNextTickAsync(stopping))
            {
                try
                {
                    await using var connection = await dialect.OpenConnectionAsync(stopping);
                    await CheckpointAsync(connection, stopping);
                    using var lease = await dialect.BeginWriteAsync(stopping);
                    await CheckpointAsync(connection, stopping);
                }
                catch (Exception exception) when (exception is not OperationCanceledException)
                {
                    // Tried again at the next period; the log holds every committed write until then.
                }
            }
        }
        catch (OperationCanceledException) when (stopping.IsCancellationRequested)
        {
        }
    }

    private static async Task CheckpointAsync(System.Data.Common.DbConnection connection, CancellationToken stopping)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA wal_checkpoint(PASSIVE)";
        await command.ExecuteNonQueryAsync(stopping);
    }

    /// <summary>Stops checkpointing and waits for a checkpoint in progress to end.</summary>
    public async ValueTask DisposeAsync()
    {
        await _stopping.CancelAsync();
        await _loop;
        _stopping.Dispose();
    }
}
