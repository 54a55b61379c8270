using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.Extensions.DependencyInjection;
using Orleans.Serialization;
using Orleans.Storage;

namespace NrcGame.Grains;

/// <summary>
/// The market model is plain C# without Orleans attributes; its types cross grain boundaries and
/// reach storage through System.Text.Json, configured here once for silos and clients alike.
/// </summary>
public static class SerializationConfiguration
{
    /// <summary>Options used for every market-model type carried by Orleans.</summary>
    public static readonly JsonSerializerOptions MarketJson = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter() },
    };

    /// <summary>Registers System.Text.Json as the Orleans codec for the model's namespaces (<c>NrcGame.Market</c>, <c>NrcGame.Scenarios</c>, <c>NrcGame.Bots</c>).</summary>
    public static IServiceCollection AddNrcGameSerialization(this IServiceCollection services) =>
        services.AddSerializer(serializer => serializer.AddJsonSerializer(
            isSupported: type => type.Namespace is { } name
                && (name.StartsWith("NrcGame.Market", StringComparison.Ordinal) || name.StartsWith("NrcGame.Scenarios", StringComparison.Ordinal)
                    || name.StartsWith("NrcGame.Bots", StringComparison.Ordinal)),
            jsonSerializerOptions: MarketJson));

    /// <summary>
    /// Grain state is stored as readable JSON (System.Text.Json, camelCase, enums as names) rather
    /// than Orleans' binary format, so that an administrator can inspect a game in the database and
    /// the PostgreSQL backend can keep it as jsonb. Silos only.
    /// </summary>
    public static IServiceCollection AddNrcGameStateSerializer(this IServiceCollection services)
    {
        services.Configure<SystemTextJsonGrainStorageSerializerOptions>(options =>
        {
            options.JsonSerializerOptions.PropertyNamingPolicy = MarketJson.PropertyNamingPolicy;
            options.JsonSerializerOptions.Converters.Add(new JsonStringEnumConverter());
        });
        return services.AddSingleton<IGrainStorageSerializer, SystemTextJsonGrainStorageSerializer>();
    }
}
