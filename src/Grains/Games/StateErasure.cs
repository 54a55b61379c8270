namespace NrcGame.Grains.Games;

/// <summary>How the grains of a game erase their stored state when the game is deleted.</summary>
internal static class StateErasure
{
    /// <summary>Clears <paramref name="state"/> when something is stored (the silos' storage then deletes the row).</summary>
    public static async Task ClearIfStoredAsync<TState>(this IPersistentState<TState> state)
    {
        if (state.RecordExists || state.Etag is not null) await state.ClearStateAsync();
    }
}
