namespace NrcGame.Grains;

/// <summary>Names of the grain storage providers the grains persist into.</summary>
public static class GrainStorageNames
{
    /// <summary>The store holding every game's durable state (SQLite embedded, PostgreSQL in cluster mode).</summary>
    public const string GameState = "game-state";
}
