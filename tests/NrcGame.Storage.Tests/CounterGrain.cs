namespace NrcGame.Storage.Tests;

/// <summary>Keeps its count in the persistent state it is given.</summary>
public abstract class CounterGrain(IPersistentState<CounterState> counter) : Grain, ICounterGrain
{
    private readonly Guid _activationId = Guid.NewGuid();

    public async Task<int> IncrementAsync()
    {
        counter.State.Count++;
        await counter.WriteStateAsync();
        return counter.State.Count;
    }

    public Task<int> GetAsync() => Task.FromResult(counter.State.Count);

    public Task<Guid> GetActivationIdAsync() => Task.FromResult(_activationId);

    public Task DeactivateAsync()
    {
        this.DeactivateOnIdle();
        return Task.CompletedTask;
    }
}

/// <summary>Persists in the storage named <see cref="SiloPersistenceTests.StorageName"/>.</summary>
public sealed class NamedStorageCounterGrain(
    [PersistentState("counter", SiloPersistenceTests.StorageName)] IPersistentState<CounterState> counter)
    : CounterGrain(counter), INamedStorageCounterGrain;

/// <summary>Persists in the default storage.</summary>
public sealed class DefaultStorageCounterGrain([PersistentState("counter")] IPersistentState<CounterState> counter)
    : CounterGrain(counter), IDefaultStorageCounterGrain;
