using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace NrcGame.Cluster.Tests;

/// <summary>Answers of the HTTP API as JSON, and the calls made before anyone has a token.</summary>
public static class ApiJson
{
    private static readonly HttpClient Anonymous = new() { Timeout = TimeSpan.FromSeconds(60) };

    /// <summary>POSTs <paramref name="body"/> without a token (game creation, sign-in) and returns the answer.</summary>
    public static async Task<JsonNode> PostAnonymousAsync(Uri frontEnd, string path, object body) =>
        await ReadAsync(await Anonymous.PostAsJsonAsync(new Uri(frontEnd, path), body));

    /// <summary>The body as JSON (an empty object for 204), or an <see cref="HttpRequestException"/> with the status and body.</summary>
    public static async Task<JsonNode> ReadAsync(HttpResponseMessage response)
    {
        using (response)
        {
            var body = await response.Content.ReadAsStringAsync();
            if (!response.IsSuccessStatusCode) throw new HttpRequestException($"{(int)response.StatusCode}: {body}", null, response.StatusCode);
            return body.Length == 0 ? new JsonObject() : JsonNode.Parse(body)!;
        }
    }
}
