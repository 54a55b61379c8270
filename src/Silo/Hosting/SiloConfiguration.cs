using System.Net;
using Microsoft.Extensions.DependencyInjection.Extensions;
using NrcGame.Grains;
using NrcGame.Grains.Games;
using NrcGame.Silo.Storage;
using Orleans.Configuration;

namespace NrcGame.Silo.Hosting;

/// <summary>The one place where a silo of NRC Game is configured, embedded or in a cluster.</summary>
public static class SiloConfiguration
{
    /// <summary>The configuration section whose values tune Orleans' failure detection in cluster mode (<see cref="ClusterMembershipOptions"/>).</summary>
    public const string MembershipSectionName = "NrcGame:Membership";

    /// <summary>
    /// Embedded mode: clustering on localhost and durable grain state in the SQLite file of
    /// <paramref name="options"/>'s data folder. Cluster mode: membership in Redis, grain state in
    /// PostgreSQL, endpoints announced on <see cref="NrcGameHostingOptions.AdvertisedAddress"/>.
    /// Either way, games with a running countdown are woken when the silo starts, and a grain whose
    /// database call failed is deactivated (<see cref="DatabaseFailureFilter"/>).
    /// </summary>
    public static ISiloBuilder ConfigureNrcGameSilo(this ISiloBuilder silo, NrcGameHostingOptions options)
    {
        if (options.Mode == NrcGameMode.Cluster)
        {
            ConfigureCluster(silo, options);
        }
        else
        {
            Directory.CreateDirectory(options.DataFolderFullPath);
            silo.UseLocalhostClustering(options.SiloPort, options.GatewayPort);
            silo.AddSqliteGrainStorage(GrainStorageNames.GameState, sqlite =>
            {
                sqlite.DatabasePath = options.DatabasePath;
                sqlite.DeleteStateOnClear = true;
            });
        }

        silo.Services.AddNrcGameSerialization().AddNrcGameStateSerializer();
        silo.Services.TryAddSingleton(TimeProvider.System);
        silo.AddIncomingGrainCallFilter<DatabaseFailureFilter>();
        silo.AddStartupTask((services, _) => services.GetRequiredService<IGrainFactory>().GetGrain<IDeadlineRegistryGrain>(0).WakeAll());
        return silo;
    }

    private static void ConfigureCluster(ISiloBuilder silo, NrcGameHostingOptions options)
    {
        ClusterSettings.Require(options, needsPostgres: true);
        silo.Configure<ClusterOptions>(cluster =>
        {
            cluster.ClusterId = options.ClusterId;
            cluster.ServiceId = options.ServiceId;
        });
        silo.ConfigureEndpoints(IPAddress.Parse(options.AdvertisedAddress), options.SiloPort, options.GatewayPort, listenOnAnyHostAddress: true);
        silo.UseRedisClustering(options.RedisConnectionString);
        silo.Services.Configure<ClusterMembershipOptions>(silo.Configuration.GetSection(MembershipSectionName));
        silo.AddPostgresGrainStorage(GrainStorageNames.GameState, postgres =>
        {
            postgres.ConnectionString = options.PostgresConnectionString;
            postgres.DeleteStateOnClear = true;
        });
    }
}
