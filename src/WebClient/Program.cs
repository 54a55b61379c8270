using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.SignalR;
using NrcGame.Silo.Hosting;
using NrcGame.WebClient;
using NrcGame.WebClient.Access;
using NrcGame.WebClient.Api;
using NrcGame.WebClient.Hosting;
using NrcGame.WebClient.Live;
using NrcGame.WebClient.Security;

if (AdminCommandLine.IsRequested(args)) return await AdminCommandLine.RunAsync(args);

var builder = WebApplication.CreateBuilder(new WebApplicationOptions
{
    Args = args,
    // The browser app is copied next to the assembly at build time (see the .csproj).
    WebRootPath = Path.Combine(AppContext.BaseDirectory, "wwwroot"),
});
var hosting = builder.Configuration.GetSection(NrcGameHostingOptions.SectionName).Get<NrcGameHostingOptions>()
    ?? new NrcGameHostingOptions();

// Embedded mode (default): the silo runs in this process and stores grain state in the SQLite file.
// Cluster mode: this process is an Orleans client of the src/Silo processes.
builder.AddNrcGameOrleans(hosting);

builder.WebHost.ConfigureKestrel(kestrel => kestrel.Limits.MaxRequestBodySize = JsonBody.MaxBytes);
builder.Services.AddSingleton(TimeProvider.System);
builder.Services.AddDataProtection()
    .SetApplicationName("NrcGame")
    .PersistKeysToFileSystem(new DirectoryInfo(Path.Combine(hosting.DataFolderFullPath, "keys")));
builder.Services.AddSingleton<AccessTokenService>();
builder.Services.AddAuthentication(TokenAuthenticationHandler.SchemeName)
    .AddScheme<AuthenticationSchemeOptions, TokenAuthenticationHandler>(TokenAuthenticationHandler.SchemeName, null);
builder.Services.AddGameAccessPolicies();
builder.Services.AddSingleton<IAuthorizationMiddlewareResultHandler, FrenchAuthorizationResultHandler>();
builder.Services.AddJoinRateLimiting(builder.Configuration);
builder.Services.ConfigureHttpJsonOptions(json => json.SerializerOptions.Converters.Add(new JsonStringEnumConverter()));
builder.Services.AddExceptionHandler<DatabaseOutageHandler>();
builder.Services.AddSignalR(hub =>
    {
        hub.AddFilter<DatabaseOutageHubFilter>();
        hub.AddFilter<GameAccessHubFilter>();
    })
    .AddJsonProtocol(json => json.PayloadSerializerOptions.Converters.Add(new JsonStringEnumConverter()));
builder.Services.AddSingleton<GameUpdatesForwarder>();
builder.Services.AddHostedService(services => services.GetRequiredService<GameUpdatesForwarder>());
builder.Services.AddSingleton<ScenarioCatalog>();

var app = builder.Build();

app.UseSecurityHeaders();
app.UseExceptionHandler(errors => errors.Run(ApiError.WriteUnexpectedAsync));
app.UseDefaultFiles();
app.UseStaticFiles();
app.UseAuthentication();
app.UseRateLimiter();
app.UseAuthorization();
app.MapNrcGameApi();
app.MapHub<GameHub>(GameHub.Path);
app.MapFallbackToFile("index.html").AllowAnonymous();

app.Lifetime.ApplicationStarted.Register(() =>
{
    foreach (var address in ServerAddresses.Reachable(app.Services.GetRequiredService<IServer>()))
        Console.WriteLine($"NRC Game est prêt : {address}");
    Console.WriteLine(hosting.Mode == NrcGameMode.Cluster
        ? $"Connecté au cluster Orleans « {hosting.ClusterId} »"
        : $"Données enregistrées dans : {hosting.DatabasePath}");
});

app.Run();
return 0;

/// <summary>Entry point, public for the web tests' <c>WebApplicationFactory</c>.</summary>
public partial class Program;
