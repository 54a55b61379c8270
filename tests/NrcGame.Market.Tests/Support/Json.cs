using System.Text.Json;

namespace NrcGame.Market.Tests.Support;

/// <summary>System.Text.Json with web defaults, as the grains use it.</summary>
internal static class Json
{
    public static readonly JsonSerializerOptions Web = new(JsonSerializerDefaults.Web);

    public static string Of<T>(T value) => JsonSerializer.Serialize(value, Web);
}
