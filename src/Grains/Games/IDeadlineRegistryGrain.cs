namespace NrcGame.Grains.Games;

/// <summary>
/// The games whose turn has a running countdown. An idle game grain is not in memory, so after a
/// restart nothing would wake it when its deadline passes: at silo start-up this registry wakes
/// each listed game, which re-arms its countdown (and resolves at once if the deadline passed).
/// One instance, key 0.
/// </summary>
public interface IDeadlineRegistryGrain : IGrainWithIntegerKey
{
    /// <summary>Lists <paramref name="gameId"/> as having a running countdown.</summary>
    Task Add(string gameId);

    /// <summary>Removes <paramref name="gameId"/> (countdown stopped, paused or turn resolved).</summary>
    Task Remove(string gameId);

    /// <summary>Activates every listed game so that each re-arms its countdown.</summary>
    Task WakeAll();
}
