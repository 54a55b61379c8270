using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace NrcGame.LoadTest;

/// <summary>The HTTP API of the app under test, over one shared connection pool, each call with its caller's token.</summary>
internal sealed class ApiSession(Uri baseAddress) : IDisposable
{
    private readonly HttpClient _http = new(new SocketsHttpHandler { MaxConnectionsPerServer = 256 })
    {
        BaseAddress = baseAddress,
        Timeout = LoadTestOptions.StepTimeout,
    };

    /// <summary>Sends <paramref name="method"/> <paramref name="path"/> with an optional JSON body and token; fails on an error status.</summary>
    public async Task<JsonNode> SendAsync(HttpMethod method, string path, string? token = null, object? body = null)
    {
        using var request = new HttpRequestMessage(method, path);
        if (token is not null) request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        if (body is not null) request.Content = JsonContent.Create(body);
        using var response = await _http.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        if (!response.IsSuccessStatusCode) throw new HttpRequestException($"{method} {path}: {(int)response.StatusCode} {text}");
        return text.Length == 0 ? new JsonObject() : JsonNode.Parse(text)!;
    }

    /// <inheritdoc />
    public void Dispose() => _http.Dispose();
}
