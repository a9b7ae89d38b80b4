using System.Net;
using System.Net.Sockets;

namespace OpsHub.Testing;

/// <summary>Loopback ports nobody is listening on, for servers a test starts.</summary>
public static class FreePort
{
    /// <summary>A port the operating system just handed out on 127.0.0.1 and took back.</summary>
    public static int Next()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
