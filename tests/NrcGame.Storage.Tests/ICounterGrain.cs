namespace NrcGame.Storage.Tests;

/// <summary>A grain whose only job is to persist a counter through the storage under test.</summary>
public interface ICounterGrain : IGrainWithStringKey
{
    /// <summary>Adds one, persists, and returns the new count.</summary>
    Task<int> IncrementAsync();

    /// <summary>The count as loaded or last written.</summary>
    Task<int> GetAsync();

    /// <summary>Identifies the current activation.</summary>
    Task<Guid> GetActivationIdAsync();

    /// <summary>Asks Orleans to deactivate this activation once idle.</summary>
    Task DeactivateAsync();
}

/// <summary>A counter persisted in the storage named <see cref="SiloPersistenceTests.StorageName"/>.</summary>
public interface INamedStorageCounterGrain : ICounterGrain;

/// <summary>A counter persisted in the default storage.</summary>
public interface IDefaultStorageCounterGrain : ICounterGrain;
