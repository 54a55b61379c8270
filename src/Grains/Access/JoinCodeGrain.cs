using NrcGame.Grains.Games;

namespace NrcGame.Grains.Access;

/// <summary>Durable binding of a join code hash to its seat.</summary>
public sealed class JoinCodeGrain(
    [PersistentState("join-code", GrainStorageNames.GameState)] IPersistentState<JoinCodeState> state)
    : Grain, IJoinCodeGrain
{
    /// <inheritdoc />
    public async Task Register(TeamSeat seat)
    {
        if (state.State.Seat is not null && state.State.Seat != seat)
            throw new InvalidOperationException("This join code is already bound to another seat.");
        state.State.Seat = seat;
        await state.WriteStateAsync();
    }

    /// <inheritdoc />
    public Task<TeamSeat?> Resolve() => Task.FromResult(state.State.Revoked ? null : state.State.Seat);

    /// <inheritdoc />
    public async Task Revoke()
    {
        if (state.State.Revoked) return;
        // A revoked code forgets its seat: nothing ties it to the game any more.
        state.State.Revoked = true;
        state.State.Seat = null;
        await state.WriteStateAsync();
    }

    /// <inheritdoc />
    public async Task Erase()
    {
        await state.ClearIfStoredAsync();
        DeactivateOnIdle();
    }
}

/// <summary>Persisted state of <see cref="JoinCodeGrain"/>.</summary>
[GenerateSerializer]
public sealed class JoinCodeState
{
    /// <summary>The seat the code opens; null while unregistered.</summary>
    [Id(0)] public TeamSeat? Seat { get; set; }

    /// <summary>True once the teacher replaced this code.</summary>
    [Id(1)] public bool Revoked { get; set; }
}
