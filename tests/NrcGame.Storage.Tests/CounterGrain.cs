namespace NrcGame.Storage.Tests;

/// <summary>Persists its count in the storage named <see cref="SiloPersistenceTests.StorageName"/>.</summary>
public sealed class CounterGrain(
    [PersistentState("counter", SiloPersistenceTests.StorageName)] IPersistentState<CounterState> counter) : Grain, ICounterGrain
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
