namespace NrcGame.Silo.Hosting;

/// <summary>Checks, before anything starts, that cluster mode was given what it needs.</summary>
public static class ClusterSettings
{
    /// <summary>
    /// Throws an <see cref="InvalidOperationException"/> naming the missing settings of cluster mode:
    /// the Redis connection string always, the PostgreSQL one when <paramref name="needsPostgres"/> (silos).
    /// </summary>
    public static void Require(NrcGameHostingOptions options, bool needsPostgres)
    {
        var missing = new List<string>();
        if (string.IsNullOrWhiteSpace(options.RedisConnectionString)) missing.Add($"{NrcGameHostingOptions.SectionName}:{nameof(options.RedisConnectionString)}");
        if (needsPostgres && string.IsNullOrWhiteSpace(options.PostgresConnectionString)) missing.Add($"{NrcGameHostingOptions.SectionName}:{nameof(options.PostgresConnectionString)}");
        if (string.IsNullOrWhiteSpace(options.ClusterId)) missing.Add($"{NrcGameHostingOptions.SectionName}:{nameof(options.ClusterId)}");
        if (missing.Count > 0)
            throw new InvalidOperationException($"NrcGame:Mode is Cluster but these settings are missing: {string.Join(", ", missing)}.");
    }
}
