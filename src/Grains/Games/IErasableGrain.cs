namespace NrcGame.Grains.Games;

/// <summary>A grain holding part of one game's data, which the game erases when its teacher deletes it.</summary>
public interface IErasableGrain : IGrainWithStringKey
{
    /// <summary>
    /// Removes this grain's stored state (the storage row is deleted, not blanked) and deactivates it.
    /// Idempotent: erasing a grain that holds nothing changes nothing.
    /// </summary>
    Task Erase();
}
