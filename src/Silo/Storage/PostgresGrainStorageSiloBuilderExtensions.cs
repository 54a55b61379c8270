using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Orleans.Runtime.Hosting;
using Orleans.Serialization.Serializers;
using Orleans.Storage;

namespace NrcGame.Silo.Storage;

/// <summary>Registers grain storage providers backed by a PostgreSQL database (cluster mode).</summary>
public static class PostgresGrainStorageSiloBuilderExtensions
{
    /// <summary>
    /// Adds a grain storage provider named <paramref name="name"/> that keeps state as <c>json</c>
    /// in the <c>grain_state</c> table of the database given by
    /// <see cref="PostgresGrainStorageOptions.ConnectionString"/>. The table is created when the silo
    /// starts; an unreachable database or a foreign <c>grain_state</c> table stops the start.
    /// </summary>
    /// <param name="builder">The silo builder.</param>
    /// <param name="name">The name grains use in <c>[PersistentState(stateName, storageName)]</c>.</param>
    /// <param name="configure">Sets at least <see cref="PostgresGrainStorageOptions.ConnectionString"/>.</param>
    /// <returns>The silo builder.</returns>
    public static ISiloBuilder AddPostgresGrainStorage(this ISiloBuilder builder, string name, Action<PostgresGrainStorageOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentNullException.ThrowIfNull(configure);

        builder.Services.AddOptions<PostgresGrainStorageOptions>(name)
            .Configure(configure)
            .Validate(options => !string.IsNullOrWhiteSpace(options.ConnectionString),
                $"{nameof(PostgresGrainStorageOptions.ConnectionString)} of PostgreSQL grain storage '{name}' is required.");
        builder.Services.TryAddEnumerable(ServiceDescriptor.Transient<IPostConfigureOptions<PostgresGrainStorageOptions>,
            DefaultStorageProviderSerializerOptionsConfigurator<PostgresGrainStorageOptions>>());
        builder.Services.AddGrainStorage(name, Create);
        return builder;
    }

    private static RelationalGrainStorage Create(IServiceProvider services, string name)
    {
        var options = services.GetRequiredService<IOptionsMonitor<PostgresGrainStorageOptions>>().Get(name);
        return new RelationalGrainStorage(
            name,
            new PostgresDialect(options.ConnectionString),
            options.GrainStorageSerializer,
            services.GetRequiredService<IActivatorProvider>(),
            services.GetRequiredService<ILogger<RelationalGrainStorage>>(),
            options.DeleteStateOnClear);
    }
}
