using System.Net.Http.Headers;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace NrcGame.Testing;

/// <summary>
/// The whole web app in the test process, embedded silo and SQLite file included, on its own
/// data folder and free Orleans ports so that several factories never collide. Every log entry of
/// warning level or above is kept in <see cref="Logs"/>.
/// </summary>
public sealed class NrcGameFactory : WebApplicationFactory<Program>
{
    private readonly IReadOnlyDictionary<string, string> settings;

    /// <summary>The app with its default settings (as a class fixture).</summary>
    public NrcGameFactory() : this(new Dictionary<string, string>()) { }

    private NrcGameFactory(IReadOnlyDictionary<string, string> settings) => this.settings = settings;

    /// <summary>The app with some settings changed, e.g. <c>NrcGame:JoinAttemptsPerMinute</c>.</summary>
    public static NrcGameFactory With(IReadOnlyDictionary<string, string> settings) => new(settings);

    /// <summary>The data folder of this instance (deleted on dispose).</summary>
    public string DataFolder { get; } = Directory.CreateTempSubdirectory("nrcgame-web-").FullName;

    /// <summary>Warnings and errors the app logged.</summary>
    public CapturedLogs Logs { get; } = new();

    /// <summary>A client that sends <paramref name="token"/> as a bearer token (none when null).</summary>
    public HttpClient WithToken(string? token)
    {
        var client = CreateClient();
        if (token is not null) client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    /// <inheritdoc />
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("NrcGame:DataFolder", DataFolder);
        builder.UseSetting("NrcGame:SiloPort", FreePorts.Next().ToString());
        builder.UseSetting("NrcGame:GatewayPort", FreePorts.Next().ToString());
        builder.UseEnvironment("Production");
        foreach (var (key, value) in settings) builder.UseSetting(key, value);
        builder.ConfigureLogging(logging => logging.AddProvider(Logs));
    }

    /// <inheritdoc />
    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        try { Directory.Delete(DataFolder, recursive: true); } catch (IOException) { }
    }
}
