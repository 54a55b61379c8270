using System.Net;
using System.Net.NetworkInformation;
using System.Net.Sockets;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;

namespace NrcGame.WebClient.Hosting;

/// <summary>The addresses people can type to reach this server, printed at start-up.</summary>
public static class ServerAddresses
{
    /// <summary>
    /// The bound addresses, with a wildcard host (0.0.0.0, [::], +, *) replaced by localhost and by
    /// each IPv4 address of the machine's network interfaces (what students' devices use in class).
    /// </summary>
    public static IReadOnlyList<string> Reachable(IServer server)
    {
        var bound = server.Features.Get<IServerAddressesFeature>()?.Addresses ?? [];
        return bound.SelectMany(Expand).Distinct().ToList();
    }

    private static IEnumerable<string> Expand(string address)
    {
        var uri = new Uri(address.Replace("://+", "://0.0.0.0").Replace("://*", "://0.0.0.0"));
        var wildcard = uri.Host is "0.0.0.0" or "[::]" or "::";
        if (!wildcard)
        {
            yield return uri.GetLeftPart(UriPartial.Authority);
            yield break;
        }
        yield return $"{uri.Scheme}://localhost:{uri.Port}";
        foreach (var ip in LocalIPv4Addresses()) yield return $"{uri.Scheme}://{ip}:{uri.Port}";
    }

    private static IEnumerable<IPAddress> LocalIPv4Addresses() =>
        NetworkInterface.GetAllNetworkInterfaces()
            .Where(nic => nic.OperationalStatus == OperationalStatus.Up && nic.NetworkInterfaceType != NetworkInterfaceType.Loopback)
            .SelectMany(nic => nic.GetIPProperties().UnicastAddresses)
            .Select(unicast => unicast.Address)
            .Where(ip => ip.AddressFamily == AddressFamily.InterNetwork);
}
