namespace NrcGame.WebClient.Security;

/// <summary>
/// The HTTP headers every response carries (pages, API, files, errors alike) so that a browser
/// runs only our own scripts, never shows NRC Game inside another site's frame, never guesses a
/// file's type, and never tells another site which page a student came from.
/// </summary>
public static class SecurityHeaders
{
    /// <summary>
    /// The Content-Security-Policy: scripts, styles, fonts and connections (the hub's WebSocket
    /// included) only from this server; no inline script anywhere; images also as <c>data:</c>
    /// URLs (generated QR codes); <c>style</c> attributes allowed (widths of chart bars) but no
    /// inline style sheet; no plug-ins, no <c>&lt;base&gt;</c>, forms only to this server, no framing.
    /// </summary>
    public const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self'; style-src-attr 'unsafe-inline'; img-src 'self' data:; " +
        "font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

    /// <summary>Every header and its value.</summary>
    public static readonly IReadOnlyDictionary<string, string> All = new Dictionary<string, string>
    {
        ["Content-Security-Policy"] = ContentSecurityPolicy,
        ["X-Content-Type-Options"] = "nosniff",
        ["Referrer-Policy"] = "no-referrer",
        ["X-Frame-Options"] = "DENY",
        ["Cross-Origin-Opener-Policy"] = "same-origin",
    };

    /// <summary>
    /// Adds the headers to every response, set when the response starts so that the error handler
    /// (which clears headers) cannot drop them.
    /// </summary>
    public static IApplicationBuilder UseSecurityHeaders(this IApplicationBuilder app) =>
        app.Use(async (context, next) =>
        {
            context.Response.OnStarting(() =>
            {
                foreach (var (name, value) in All) context.Response.Headers[name] = value;
                return Task.CompletedTask;
            });
            await next(context);
        });
}
