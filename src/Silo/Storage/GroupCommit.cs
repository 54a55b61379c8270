using System.Data.Common;

namespace NrcGame.Silo.Storage;

/// <summary>One row change run by <see cref="GroupCommit"/>: returns the row's new version, or null when the ETag did not match.</summary>
/// <param name="connection">The connection to run on.</param>
/// <param name="transaction">The transaction the change belongs to, or null when it commits alone.</param>
internal delegate Task<long?> RowWrite(DbConnection connection, DbTransaction? transaction);

/// <summary>
/// Group commit for an engine that flushes every commit to disk (SQLite, <c>synchronous=FULL</c>):
/// the writes that arrive while a commit is being flushed wait, then go to disk together in one
/// transaction, so one flush covers all of them instead of one each. A write's task completes only
/// once its transaction is committed (durable), exactly as when it committed alone.
/// </summary>
/// <remarks>
/// When a write of a batch throws (not an ETag mismatch: that is a null version, committed with the
/// others), the batch is rolled back and every write of it is run again alone, so that only the
/// failing one fails. Writes are taken in arrival order, and a batch is committed before the next
/// starts.
/// </remarks>
internal sealed class GroupCommit(IStorageDialect dialect)
{
    private readonly Lock _queueLock = new();
    private List<QueuedWrite> _queue = [];
    private bool _committing;

    /// <summary>Queues <paramref name="write"/> and completes once it is committed, with its new version (null: ETag mismatch).</summary>
    public Task<long?> RunAsync(RowWrite write)
    {
        var queued = new QueuedWrite(write);
        bool startCommitting;
        lock (_queueLock)
        {
            _queue.Add(queued);
            startCommitting = !_committing;
            _committing = true;
        }

        if (startCommitting) _ = Task.Run(CommitQueuedAsync);
        return queued.Done.Task;
    }

    private async Task CommitQueuedAsync()
    {
        while (true)
        {
            lock (_queueLock)
            {
                // Nothing left: stop before touching the file (the provider may be disposed once its last write is done).
                if (_queue.Count == 0)
                {
                    _committing = false;
                    return;
                }
            }

            // The lease and the connection first, the batch last: writes that arrive meanwhile (a resolution's rows come
            // within a fraction of a millisecond of one another) go to disk with the first one, in one flush. Only this
            // loop takes from the queue, so it is not empty when taken.
            WriterLease? lease = null;
            DbConnection? connection = null;
            Exception? unavailable = null;
            try
            {
                lease = await dialect.BeginWriteAsync(CancellationToken.None);
                connection = await dialect.OpenConnectionAsync(CancellationToken.None);
            }
            catch (Exception exception)
            {
                unavailable = exception;
            }

            try
            {
                List<QueuedWrite> batch;
                lock (_queueLock)
                {
                    batch = _queue;
                    _queue = [];
                }

                if (connection is null)
                {
                    // No lease or no connection: none of the writes of this batch was committed.
                    foreach (var queued in batch) queued.Done.TrySetException(unavailable!);
                    continue;
                }

                await CommitAsync(connection, batch);
            }
            finally
            {
                if (connection is not null) await connection.DisposeAsync();
                lease?.Dispose();
            }
        }
    }

    private static async Task CommitAsync(DbConnection connection, List<QueuedWrite> batch)
    {
        if (batch.Count > 1 && await TryCommitTogetherAsync(connection, batch) is { } versions)
        {
            for (var i = 0; i < batch.Count; i++) batch[i].Done.TrySetResult(versions[i]);
            return;
        }

        foreach (var queued in batch) await CommitAloneAsync(connection, queued);
    }

    /// <summary>Runs every write in one transaction; null (and nothing committed) when one of them threw.</summary>
    private static async Task<long?[]?> TryCommitTogetherAsync(DbConnection connection, List<QueuedWrite> batch)
    {
        var versions = new long?[batch.Count];
        try
        {
            await using var transaction = await connection.BeginTransactionAsync();
            for (var i = 0; i < batch.Count; i++) versions[i] = await batch[i].Write(connection, transaction);
            await transaction.CommitAsync();
            return versions;
        }
        catch (Exception) when (connection.State == System.Data.ConnectionState.Open)
        {
            return null;
        }
    }

    private static async Task CommitAloneAsync(DbConnection connection, QueuedWrite queued)
    {
        try
        {
            queued.Done.TrySetResult(await queued.Write(connection, null));
        }
        catch (Exception exception)
        {
            queued.Done.TrySetException(exception);
        }
    }

    private sealed class QueuedWrite(RowWrite write)
    {
        public RowWrite Write { get; } = write;

        public TaskCompletionSource<long?> Done { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    }
}
