using System.Net;
using System.Net.Sockets;

namespace NrcGame.Testing;

/// <summary>Free TCP ports on loopback, as the operating system hands them out.</summary>
public static class FreePorts
{
    /// <summary>A port nobody listens on right now.</summary>
    public static int Next()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
