using System.Net;
using System.Net.Sockets;

namespace CorrAnalytics.TestSupport;

/// <summary>A TCP port of 127.0.0.1 that nothing listens on now, for a server a test starts.</summary>
public static class FreePort
{
    public static int Next()
    {
        var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        var port = ((IPEndPoint)probe.LocalEndpoint).Port;
        probe.Stop();
        return port;
    }
}
