using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Orleans.Providers;
using Orleans.Runtime.Hosting;
using Orleans.Serialization.Serializers;
using Orleans.Storage;

namespace NrcGame.Silo.Storage;

/// <summary>Registers grain storage providers backed by a SQLite file.</summary>
public static class SqliteGrainStorageSiloBuilderExtensions
{
    /// <summary>
    /// Adds a grain storage provider named <paramref name="name"/> that keeps state in the SQLite
    /// file given by <see cref="SqliteGrainStorageOptions.DatabasePath"/>. The table is created when
    /// the silo starts; a file that is not a SQLite database stops the start with a
    /// <see cref="SqliteDatabaseFileException"/> and is left untouched.
    /// </summary>
    /// <param name="builder">The silo builder.</param>
    /// <param name="name">The name grains use in <c>[PersistentState(stateName, storageName)]</c>.</param>
    /// <param name="configure">Sets at least <see cref="SqliteGrainStorageOptions.DatabasePath"/>.</param>
    /// <returns>The silo builder.</returns>
    public static ISiloBuilder AddSqliteGrainStorage(this ISiloBuilder builder, string name, Action<SqliteGrainStorageOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentNullException.ThrowIfNull(configure);

        builder.Services.AddOptions<SqliteGrainStorageOptions>(name)
            .Configure(configure)
            .Validate(options => !string.IsNullOrWhiteSpace(options.DatabasePath),
                $"{nameof(SqliteGrainStorageOptions.DatabasePath)} of SQLite grain storage '{name}' is required.")
            .Validate(options => options.BusyTimeout > TimeSpan.Zero,
                $"{nameof(SqliteGrainStorageOptions.BusyTimeout)} of SQLite grain storage '{name}' must be positive.");
        builder.Services.TryAddEnumerable(ServiceDescriptor.Transient<IPostConfigureOptions<SqliteGrainStorageOptions>,
            DefaultStorageProviderSerializerOptionsConfigurator<SqliteGrainStorageOptions>>());
        builder.Services.AddGrainStorage(name, Create);
        return builder;
    }

    /// <summary>
    /// Adds the SQLite grain storage as the default provider, used by grains whose persistent state
    /// names no storage.
    /// </summary>
    /// <param name="builder">The silo builder.</param>
    /// <param name="configure">Sets at least <see cref="SqliteGrainStorageOptions.DatabasePath"/>.</param>
    /// <returns>The silo builder.</returns>
    public static ISiloBuilder AddSqliteGrainStorageAsDefault(this ISiloBuilder builder, Action<SqliteGrainStorageOptions> configure) =>
        builder.AddSqliteGrainStorage(ProviderConstants.DEFAULT_STORAGE_PROVIDER_NAME, configure);

    private static RelationalGrainStorage Create(IServiceProvider services, string name)
    {
        var options = services.GetRequiredService<IOptionsMonitor<SqliteGrainStorageOptions>>().Get(name);
        return new RelationalGrainStorage(
            name,
            new SqliteDialect(options.DatabasePath, options.BusyTimeout),
            options.GrainStorageSerializer,
            services.GetRequiredService<IActivatorProvider>(),
            services.GetRequiredService<ILogger<RelationalGrainStorage>>(),
            options.DeleteStateOnClear);
    }
}
