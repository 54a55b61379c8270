using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.Extensions.DependencyInjection;
using Orleans.Serialization;

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

    /// <summary>Registers System.Text.Json as the Orleans codec for the <c>NrcGame.Market</c> namespace.</summary>
    public static IServiceCollection AddNrcGameSerialization(this IServiceCollection services) =>
        services.AddSerializer(serializer => serializer.AddJsonSerializer(
            isSupported: type => type.Namespace?.StartsWith("NrcGame.Market", StringComparison.Ordinal) == true,
            jsonSerializerOptions: MarketJson));
}
