using System.Text.Json;
using NrcGame.Grains;

namespace NrcGame.WebClient.Api;

/// <summary>
/// Reads a request body as JSON with a French message naming where it is malformed, instead of
/// the framework's English 400 or a 500.
/// </summary>
public static class JsonBody
{
    /// <summary>Largest body accepted, in bytes.</summary>
    public const int MaxBytes = 256 * 1024;

    /// <summary>The body as <typeparamref name="T"/>, or the error to return.</summary>
    public static async Task<(T? Value, IResult? Error)> ReadAsync<T>(HttpRequest request) where T : class
    {
        if (request.ContentLength > MaxBytes)
            return (null, ApiError.Invalid("corps", $"La requête dépasse la taille maximale de {MaxBytes / 1024} Ko."));
        try
        {
            var value = await JsonSerializer.DeserializeAsync<T>(request.Body, SerializationConfiguration.MarketJson, request.HttpContext.RequestAborted);
            if (value is null) return (null, ApiError.Invalid("corps", "La requête est vide."));
            var problems = Security.InputShape.Check(value);
            return problems.Count > 0 ? (null, ApiError.Invalid(problems)) : (value, null);
        }
        catch (JsonException exception)
        {
            var field = string.IsNullOrEmpty(exception.Path) || exception.Path == "$" ? "corps" : exception.Path.TrimStart('$', '.');
            return (null, ApiError.Invalid(field, $"Valeur illisible pour « {field} » : vérifiez le format (nombre, texte, liste)."));
        }
    }
}
