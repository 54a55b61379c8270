using System.Net;
using System.Net.Sockets;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace NrcGame.Web.Tests;

/// <summary>
/// The whole web app in the test process, embedded silo and SQLite file included, on its own
/// data folder and free Orleans ports so that several factories never collide.
/// </summary>
public sealed class NrcGameFactory : WebApplicationFactory<Program>
{
    /// <summary>The data folder of this instance (deleted on dispose).</summary>
    public string DataFolder { get; } = Directory.CreateTempSubdirectory("nrcgame-web-").FullName;

    /// <inheritdoc />
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("NrcGame:DataFolder", DataFolder);
        builder.UseSetting("NrcGame:SiloPort", FreePort().ToString());
        builder.UseSetting("NrcGame:GatewayPort", FreePort().ToString());
        builder.UseEnvironment("Production");
    }

    /// <inheritdoc />
    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        try { Directory.Delete(DataFolder, recursive: true); } catch (IOException) { }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
