using NrcGame.Grains.Games;

namespace NrcGame.WebClient.Api;

/// <summary>
/// The one shape of every error the API returns: a French title for the user and, when input
/// was wrong, each field with its own message. The UI shows them as they are.
/// </summary>
/// <param name="Title">What went wrong, in French.</param>
/// <param name="Errors">The rejected fields, possibly empty.</param>
public sealed record ApiError(string Title, IReadOnlyList<FieldError> Errors)
{
    /// <summary>400: the input was rejected; nothing changed.</summary>
    public static IResult Invalid(IReadOnlyList<FieldError> errors) =>
        Results.Json(new ApiError("Saisie refusée : rien n'a été modifié.", errors), statusCode: StatusCodes.Status400BadRequest);

    /// <summary>400 for a single field.</summary>
    public static IResult Invalid(string field, string message) => Invalid([new FieldError(field, message)]);

    /// <summary>404 with a French explanation.</summary>
    public static IResult NotFound(string title) =>
        Results.Json(new ApiError(title, []), statusCode: StatusCodes.Status404NotFound);

    /// <summary>409: the request is valid but the game is not in a state that allows it.</summary>
    public static IResult Conflict(IReadOnlyList<FieldError> errors) =>
        Results.Json(new ApiError("Action impossible dans l'état actuel de la partie.", errors), statusCode: StatusCodes.Status409Conflict);

    /// <summary>The HTTP answer for a command result: 204 when accepted, else 400 or 409.</summary>
    public static IResult From(CommandResult result, bool stateConflict = false) =>
        result.IsAccepted ? Results.NoContent() : stateConflict ? Conflict(result.Errors) : Invalid(result.Errors);

    /// <summary>
    /// Last-resort answer for an unexpected failure: a French message, never a stack trace.
    /// The details go to the server log only.
    /// </summary>
    public static async Task WriteUnexpectedAsync(HttpContext context)
    {
        var failure = context.Features.Get<Microsoft.AspNetCore.Diagnostics.IExceptionHandlerFeature>()?.Error;
        var badRequest = failure is BadHttpRequestException;
        context.Response.StatusCode = badRequest ? StatusCodes.Status400BadRequest : StatusCodes.Status500InternalServerError;
        var title = badRequest
            ? "Requête invalide : vérifiez les valeurs saisies."
            : "Erreur inattendue du serveur : l'action n'a pas été enregistrée, réessayez.";
        await context.Response.WriteAsJsonAsync(new ApiError(title, []));
    }
}
