using Orleans.Runtime;

namespace NrcGame.Silo.Storage;

/// <summary>
/// The primary key of one row of <c>grain_state</c>: which provider, which grain, which named state.
/// </summary>
/// <param name="StorageName">Name the provider was registered under; two providers sharing a database never collide.</param>
/// <param name="GrainType">The grain's type, as in <see cref="GrainId.Type"/>.</param>
/// <param name="GrainKey">The grain's key, as in <see cref="GrainId.Key"/>.</param>
/// <param name="StateName">Name of the persistent state inside the grain.</param>
internal readonly record struct GrainStateKey(string StorageName, string GrainType, string GrainKey, string StateName)
{
    /// <summary>The key of <paramref name="stateName"/> of <paramref name="grainId"/> in provider <paramref name="storageName"/>.</summary>
    public static GrainStateKey For(string storageName, string stateName, GrainId grainId) =>
        new(storageName, grainId.Type.ToString()!, grainId.Key.ToString()!, stateName);

    /// <inheritdoc />
    public override string ToString() => $"{StorageName}/{GrainType}/{GrainKey}/{StateName}";
}
