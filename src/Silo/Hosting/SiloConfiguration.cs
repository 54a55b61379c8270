using Microsoft.Extensions.DependencyInjection.Extensions;
using NrcGame.Grains;
using NrcGame.Grains.Games;
using NrcGame.Silo.Storage;

namespace NrcGame.Silo.Hosting;

/// <summary>The one place where a silo of NRC Game is configured, embedded or standalone.</summary>
public static class SiloConfiguration
{
    /// <summary>
    /// Configures clustering on localhost and durable grain state in the SQLite file of
    /// <paramref name="options"/>'s data folder.
    /// </summary>
    public static ISiloBuilder ConfigureNrcGameSilo(this ISiloBuilder silo, NrcGameHostingOptions options)
    {
        Directory.CreateDirectory(options.DataFolderFullPath);
        silo.UseLocalhostClustering(options.SiloPort, options.GatewayPort);
        silo.AddSqliteGrainStorage(GrainStorageNames.GameState, sqlite => sqlite.DatabasePath = options.DatabasePath);
        silo.Services.AddNrcGameSerialization().AddNrcGameStateSerializer();
        silo.Services.TryAddSingleton(TimeProvider.System);
        silo.AddStartupTask((services, _) => services.GetRequiredService<IGrainFactory>().GetGrain<IDeadlineRegistryGrain>(0).WakeAll());
        return silo;
    }
}
