using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace NrcGame.Web.Tests;

/// <summary>Small typed helpers over the HTTP API, as the browser app uses it.</summary>
public static class ApiClient
{
    /// <summary>The JSON conventions of the API (camelCase, enums as names).</summary>
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };

    /// <summary>Reads the body as <typeparamref name="T"/>, failing with the body when the status is not a success.</summary>
    public static async Task<T> ReadOk<T>(this HttpResponseMessage response)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"{(int)response.StatusCode}: {body}");
        return JsonSerializer.Deserialize<T>(body, Json)!;
    }

    /// <summary>POSTs <paramref name="body"/> as JSON.</summary>
    public static Task<HttpResponseMessage> PostJson(this HttpClient client, string path, object body) =>
        client.PostAsJsonAsync(path, body, Json);
}

/// <summary>What the API answers at game creation.</summary>
public sealed record Created(string GameId, string TeacherKey, string TeacherToken, List<Team> Teams);

/// <summary>A team and its join code.</summary>
public sealed record Team(string FirmId, string Name, string JoinCode);

/// <summary>A sign-in answer.</summary>
public sealed record Grant(string Token, string GameId, string? FirmId, string? FirmName);

/// <summary>An API error.</summary>
public sealed record Error(string Title, List<FieldError> Errors);

/// <summary>A rejected field.</summary>
public sealed record FieldError(string Field, string Message);
