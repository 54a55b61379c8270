namespace NrcGame.Grains.Games;

/// <summary>Durable list of games with a running countdown; see <see cref="IDeadlineRegistryGrain"/>.</summary>
public sealed class DeadlineRegistryGrain(
    [PersistentState("deadline-registry", GrainStorageNames.GameState)] IPersistentState<DeadlineRegistryState> state)
    : Grain, IDeadlineRegistryGrain
{
    /// <inheritdoc />
    public async Task Add(string gameId)
    {
        if (state.State.GameIds.Add(gameId)) await state.WriteStateAsync();
    }

    /// <inheritdoc />
    public async Task Remove(string gameId)
    {
        if (state.State.GameIds.Remove(gameId)) await state.WriteStateAsync();
    }

    /// <inheritdoc />
    public async Task WakeAll()
    {
        // One-way calls: a woken game resolving its turn calls Remove on this grain, which must not wait for us.
        foreach (var gameId in state.State.GameIds.ToList()) await GrainFactory.GetGrain<IGameGrain>(gameId).Wake();
    }
}

/// <summary>Persisted state of <see cref="DeadlineRegistryGrain"/>.</summary>
[GenerateSerializer]
public sealed class DeadlineRegistryState
{
    /// <summary>Games with a running countdown.</summary>
    [Id(0)] public HashSet<string> GameIds { get; set; } = [];
}
