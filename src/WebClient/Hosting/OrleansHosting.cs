using NrcGame.Grains;
using NrcGame.Silo.Hosting;
using Orleans.Configuration;

namespace NrcGame.WebClient.Hosting;

/// <summary>How this web process reaches the grains, by <see cref="NrcGameHostingOptions.Mode"/>.</summary>
public static class OrleansHosting
{
    /// <summary>
    /// Embedded mode: locks the data folder (<see cref="DataFolderLock"/>) and hosts a silo in this process
    /// (<see cref="SiloConfiguration"/>). Cluster mode:
    /// joins the cluster of <c>src/Silo</c> processes as an Orleans client, finding their gateways
    /// in the same Redis membership store; no grain runs here.
    /// </summary>
    /// <remarks>The web app and the administration commands (<see cref="AdminCommandLine"/>) reach the grains the same way.</remarks>
    public static IHostApplicationBuilder AddNrcGameOrleans(this IHostApplicationBuilder builder, NrcGameHostingOptions options)
    {
        if (options.Mode != NrcGameMode.Cluster)
        {
            builder.Services.AddSingleton<IHostedService>(_ => new DataFolderLockService(options.DataFolderFullPath));
            builder.UseOrleans(silo => silo.ConfigureNrcGameSilo(options));
            return builder;
        }

        ClusterSettings.Require(options, needsPostgres: false);
        builder.UseOrleansClient(client =>
        {
            client.Configure<ClusterOptions>(cluster =>
            {
                cluster.ClusterId = options.ClusterId;
                cluster.ServiceId = options.ServiceId;
            });
            client.UseRedisClustering(options.RedisConnectionString);
            client.Services.AddNrcGameSerialization();
        });
        return builder;
    }
}
