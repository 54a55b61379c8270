using Orleans.Runtime;
using Orleans.Storage;

namespace NrcGame.Storage.Tests;

/// <summary>
/// What every NRC Game grain storage backend must do, as Orleans expects it. A backend's fixture
/// derives from this class (SQLite now, PostgreSQL in cluster mode) and supplies fresh provider
/// instances over one empty store per test.
/// </summary>
public abstract class GrainStorageContractTests : IDisposable
{
    private const string StorageName = "contract";
    private const string StateName = "state";
    private static readonly GrainId GrainA = GrainId.Create("contract-grain", "a");

    private readonly List<IGrainStorage> _created = [];
    private IGrainStorage? _storage;

    /// <summary>
    /// A new provider instance named <paramref name="storageName"/> over this test's store. Calling it
    /// again must give an instance that sees what earlier instances wrote.
    /// </summary>
    protected abstract IGrainStorage CreateStorage(string storageName);

    /// <summary>Removes this test's store; called after every provider was disposed.</summary>
    protected abstract void DeleteStore();

    private IGrainStorage Storage => _storage ??= Open(StorageName);

    [Fact]
    public async Task Reading_a_missing_row_gives_the_default_state_no_record_and_no_etag()
    {
        var state = new GrainState<TestState>(new TestState { Name = "only in memory" });

        await Storage.ReadStateAsync(StateName, GrainA, state);

        AssertDefault(state.State);
        Assert.False(state.RecordExists);
        Assert.Null(state.ETag);
    }

    [Fact]
    public async Task Writing_with_no_etag_inserts_and_sets_the_etag()
    {
        var state = Fresh(Sample("first", 1));

        await Storage.WriteStateAsync(StateName, GrainA, state);

        Assert.NotNull(state.ETag);
        Assert.True(state.RecordExists);
    }

    [Fact]
    public async Task What_was_written_reads_back_equal_with_the_same_etag()
    {
        var written = Fresh(Sample("first", 7));
        await Storage.WriteStateAsync(StateName, GrainA, written);

        var read = await ReadAsync(Storage, GrainA);

        AssertSame(written.State, read.State);
        Assert.Equal(written.ETag, read.ETag);
        Assert.True(read.RecordExists);
    }

    [Fact]
    public async Task Writing_with_the_current_etag_updates_and_changes_the_etag()
    {
        var state = Fresh(Sample("first", 1));
        await Storage.WriteStateAsync(StateName, GrainA, state);
        var firstETag = state.ETag;

        state.State = Sample("second", 2);
        await Storage.WriteStateAsync(StateName, GrainA, state);

        Assert.NotEqual(firstETag, state.ETag);
        var read = await ReadAsync(Storage, GrainA);
        AssertSame(Sample("second", 2), read.State);
        Assert.Equal(state.ETag, read.ETag);
    }

    [Fact]
    public async Task Writing_with_a_stale_etag_throws_and_changes_nothing()
    {
        var current = Fresh(Sample("first", 1));
        await Storage.WriteStateAsync(StateName, GrainA, current);
        var stale = Fresh(Sample("stale", 99), current.ETag);
        current.State = Sample("second", 2);
        await Storage.WriteStateAsync(StateName, GrainA, current);
        var staleETag = stale.ETag;

        var conflict = await Assert.ThrowsAsync<InconsistentStateException>(() => Storage.WriteStateAsync(StateName, GrainA, stale));

        Assert.Equal(current.ETag, conflict.StoredEtag);
        Assert.Equal(staleETag, conflict.CurrentEtag);
        Assert.Equal(staleETag, stale.ETag);
        var read = await ReadAsync(Storage, GrainA);
        AssertSame(Sample("second", 2), read.State);
        Assert.Equal(current.ETag, read.ETag);
    }

    [Fact]
    public async Task Writing_with_an_etag_when_no_row_exists_throws()
    {
        var state = Fresh(Sample("ghost", 1), "1");

        var conflict = await Assert.ThrowsAsync<InconsistentStateException>(() => Storage.WriteStateAsync(StateName, GrainA, state));

        Assert.Null(conflict.StoredEtag);
        Assert.False((await ReadAsync(Storage, GrainA)).RecordExists);
    }

    [Fact]
    public async Task Inserting_with_no_etag_over_an_existing_row_throws_and_changes_nothing()
    {
        var first = Fresh(Sample("first", 1));
        await Storage.WriteStateAsync(StateName, GrainA, first);
        var second = Fresh(Sample("duplicate activation", 2));

        var conflict = await Assert.ThrowsAsync<InconsistentStateException>(() => Storage.WriteStateAsync(StateName, GrainA, second));

        Assert.Equal(first.ETag, conflict.StoredEtag);
        Assert.Null(conflict.CurrentEtag);
        var read = await ReadAsync(Storage, GrainA);
        AssertSame(Sample("first", 1), read.State);
        Assert.Equal(first.ETag, read.ETag);
    }

    [Fact]
    public async Task Clearing_with_the_current_etag_resets_the_state_and_the_record()
    {
        var state = Fresh(Sample("first", 1));
        await Storage.WriteStateAsync(StateName, GrainA, state);
        var writtenETag = state.ETag;

        await Storage.ClearStateAsync(StateName, GrainA, state);

        AssertDefault(state.State);
        Assert.False(state.RecordExists);
        Assert.NotEqual(writtenETag, state.ETag);
        var read = await ReadAsync(Storage, GrainA);
        AssertDefault(read.State);
        Assert.False(read.RecordExists);
        Assert.Equal(state.ETag, read.ETag);
    }

    [Fact]
    public async Task Clearing_with_a_stale_etag_throws_and_keeps_the_row()
    {
        var current = Fresh(Sample("first", 1));
        await Storage.WriteStateAsync(StateName, GrainA, current);
        var stale = Fresh(new TestState(), current.ETag);
        current.State = Sample("second", 2);
        await Storage.WriteStateAsync(StateName, GrainA, current);

        var conflict = await Assert.ThrowsAsync<InconsistentStateException>(() => Storage.ClearStateAsync(StateName, GrainA, stale));

        Assert.Equal(current.ETag, conflict.StoredEtag);
        var read = await ReadAsync(Storage, GrainA);
        Assert.True(read.RecordExists);
        AssertSame(Sample("second", 2), read.State);
    }

    [Fact]
    public async Task Clearing_with_no_etag_succeeds_only_when_nothing_is_stored()
    {
        var nothing = Fresh(new TestState());
        await Storage.ClearStateAsync(StateName, GrainA, nothing);
        Assert.False(nothing.RecordExists);
        Assert.Null(nothing.ETag);

        await Storage.WriteStateAsync(StateName, GrainA, Fresh(Sample("first", 1)));
        await Assert.ThrowsAsync<InconsistentStateException>(() => Storage.ClearStateAsync(StateName, GrainA, Fresh(new TestState())));
        Assert.True((await ReadAsync(Storage, GrainA)).RecordExists);
    }

    [Fact]
    public async Task After_a_clear_the_grain_and_a_new_activation_can_write_again()
    {
        var state = Fresh(Sample("first", 1));
        await Storage.WriteStateAsync(StateName, GrainA, state);
        await Storage.ClearStateAsync(StateName, GrainA, state);

        state.State = Sample("after clear", 2);
        await Storage.WriteStateAsync(StateName, GrainA, state);
        Assert.True(state.RecordExists);
        AssertSame(Sample("after clear", 2), (await ReadAsync(Storage, GrainA)).State);

        await Storage.ClearStateAsync(StateName, GrainA, state);
        var reactivated = await ReadAsync(Storage, GrainA);
        reactivated.State = Sample("new activation", 3);
        await Storage.WriteStateAsync(StateName, GrainA, reactivated);
        var read = await ReadAsync(Storage, GrainA);
        AssertSame(Sample("new activation", 3), read.State);
        Assert.Equal(reactivated.ETag, read.ETag);

        // The activation that cleared holds an ETag from before the new write: it can no longer write.
        await Assert.ThrowsAsync<InconsistentStateException>(() => Storage.WriteStateAsync(StateName, GrainA, state));
    }

    [Fact]
    public async Task Grain_types_keys_state_names_and_providers_are_isolated()
    {
        var targets = new (string Storage, string State, GrainId Grain)[]
        {
            (StorageName, StateName, GrainA),
            (StorageName, StateName, GrainId.Create("contract-grain", "b")),
            (StorageName, StateName, GrainId.Create("other-grain", "a")),
            (StorageName, "other-state", GrainA),
            ("other-provider", StateName, GrainA),
        };
        for (var i = 0; i < targets.Length; i++)
        {
            await Open(targets[i].Storage).WriteStateAsync(targets[i].State, targets[i].Grain, Fresh(Sample($"target {i}", i)));
        }

        for (var i = 0; i < targets.Length; i++)
        {
            var read = Fresh(new TestState());
            await Open(targets[i].Storage).ReadStateAsync(targets[i].State, targets[i].Grain, read);
            AssertSame(Sample($"target {i}", i), read.State);
            Assert.Equal("1", read.ETag);
        }
    }

    [Fact]
    public async Task Data_survives_disposing_the_provider_and_opening_a_new_one()
    {
        var first = Open(StorageName);
        var written = Fresh(Sample("durable", 42));
        await first.WriteStateAsync(StateName, GrainA, written);
        Close(first);

        var read = await ReadAsync(Open(StorageName), GrainA);

        Assert.True(read.RecordExists);
        AssertSame(Sample("durable", 42), read.State);
        Assert.Equal(written.ETag, read.ETag);
    }

    [Fact]
    public async Task Of_concurrent_writers_with_the_same_etag_exactly_one_wins()
    {
        const int writers = 20;
        var initial = Fresh(Sample("initial", -1));
        await Storage.WriteStateAsync(StateName, GrainA, initial);
        var attempts = Enumerable.Range(0, writers).Select(i => Fresh(Sample($"writer {i}", i), initial.ETag)).ToArray();
        var start = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);

        var outcomes = attempts.Select(attempt => Task.Run(async () =>
        {
            await start.Task;
            try
            {
                await Storage.WriteStateAsync(StateName, GrainA, attempt);
                return true;
            }
            catch (InconsistentStateException)
            {
                return false;
            }
        })).ToArray();
        start.SetResult();
        var won = await Task.WhenAll(outcomes);

        Assert.Equal(1, won.Count(w => w));
        var winner = attempts[Array.IndexOf(won, true)];
        var read = await ReadAsync(Storage, GrainA);
        AssertSame(winner.State, read.State);
        Assert.Equal(winner.ETag, read.ETag);
    }

    [Fact]
    public async Task A_one_megabyte_payload_round_trips()
    {
        var blob = new byte[1024 * 1024];
        new Random(20261128).NextBytes(blob);
        var written = Fresh(new TestState { Name = "large", Blob = blob });
        await Storage.WriteStateAsync(StateName, GrainA, written);

        var read = await ReadAsync(Open(StorageName), GrainA);

        Assert.Equal(blob, read.State?.Blob);
        Assert.Equal(written.ETag, read.ETag);
    }

    /// <summary>Disposes every provider, then the store.</summary>
    public void Dispose()
    {
        foreach (var storage in _created)
        {
            (storage as IDisposable)?.Dispose();
        }

        DeleteStore();
        GC.SuppressFinalize(this);
    }

    private IGrainStorage Open(string storageName)
    {
        var storage = CreateStorage(storageName);
        _created.Add(storage);
        return storage;
    }

    private void Close(IGrainStorage storage)
    {
        _created.Remove(storage);
        (storage as IDisposable)?.Dispose();
    }

    private static async Task<GrainState<TestState>> ReadAsync(IGrainStorage storage, GrainId grain)
    {
        var state = Fresh(new TestState { Name = "not read yet" });
        await storage.ReadStateAsync(StateName, grain, state);
        return state;
    }

    private static GrainState<TestState> Fresh(TestState state, string? etag = null) => new(state, etag);

    private static TestState Sample(string name, int count) =>
        new() { Name = name, Count = count, Items = [$"{name}-x", $"{name}-y"], Blob = [1, 2, (byte)count] };

    private static void AssertSame(TestState? expected, TestState? actual)
    {
        Assert.NotNull(expected);
        Assert.NotNull(actual);
        Assert.Equal(expected.Name, actual.Name);
        Assert.Equal(expected.Count, actual.Count);
        Assert.Equal(expected.Items, actual.Items);
        Assert.Equal(expected.Blob, actual.Blob);
    }

    private static void AssertDefault(TestState? state) => AssertSame(new TestState(), state);
}
