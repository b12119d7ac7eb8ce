using System.Net;
using System.Net.Sockets;
using System.Text;

namespace DdmConformance.Tests.Support;

/// <summary>A loopback server that answers every request with the same canned bytes: not a DDM endpoint.</summary>
public sealed class GarbageServer : IDisposable
{
    private readonly TcpListener listener = new(IPAddress.Loopback, 0);
    private readonly CancellationTokenSource stop = new();

    public GarbageServer(string response)
    {
        listener.Start();
        var bytes = Encoding.ASCII.GetBytes(response);
        _ = Task.Run(async () =>
        {
            while (!stop.IsCancellationRequested)
            {
                TcpClient client;
                try { client = await listener.AcceptTcpClientAsync(stop.Token); }
                catch (Exception) { return; }
                _ = Task.Run(async () =>
                {
                    using (client)
                    {
                        var stream = client.GetStream();
                        var buffer = new byte[65536];
                        try
                        {
                            await stream.ReadAsync(buffer, stop.Token); // the request line and headers; content is ignored
                            await stream.WriteAsync(bytes, stop.Token);
                        }
                        catch (Exception) { }
                    }
                });
            }
        });
    }

    public Uri BaseUrl => new($"http://127.0.0.1:{((IPEndPoint)listener.LocalEndpoint).Port}/");

    /// <summary>A port nothing listens on (bound, then released).</summary>
    public static int FreePort()
    {
        var l = new TcpListener(IPAddress.Loopback, 0);
        l.Start();
        var port = ((IPEndPoint)l.LocalEndpoint).Port;
        l.Stop();
        return port;
    }

    public void Dispose()
    {
        stop.Cancel();
        listener.Stop();
    }
}
