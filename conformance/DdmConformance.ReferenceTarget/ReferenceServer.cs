using DdmConformance.ReferenceTarget.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;

namespace DdmConformance.ReferenceTarget;

/// <summary>
/// The bundled reference target: a real, in-memory, per-project implementation of the operations in
/// <c>spec/ddm.openapi.yaml</c>, listening on HTTP. Start one with <see cref="StartAsync"/>; dispose it
/// to stop it. Its state lives and dies with the instance.
/// </summary>
public sealed class ReferenceServer : IAsyncDisposable
{
    private readonly WebApplication app;
    private readonly RequestCounter counter;
    private readonly SemaphoreSlim stopping = new(1, 1);
    private bool stopped;

    private ReferenceServer(WebApplication app, RequestCounter counter, Uri baseUrl)
    {
        this.app = app;
        this.counter = counter;
        BaseUrl = baseUrl;
    }

    /// <summary>The root of the API, e.g. <c>http://127.0.0.1:43211/</c> (the real port when started with port 0).</summary>
    public Uri BaseUrl { get; }

    /// <summary>
    /// Where the target serves the API of <paramref name="apiName"/> (a catalog name such as <c>Ddm</c>,
    /// <c>Das</c>): DDM at the root, each related API under a path prefix of its own (<c>/das/</c>), since
    /// real deployments serve them from different endpoints.
    /// </summary>
    public Uri BaseUrlFor(string apiName)
        => string.Equals(apiName, "Ddm", StringComparison.OrdinalIgnoreCase) ? BaseUrl : new Uri(BaseUrl, apiName.ToLowerInvariant() + "/");

    /// <summary>Number of HTTP requests received so far, whatever they were answered.</summary>
    public long RequestCount => counter.Count;

    /// <summary>Starts a target and returns once it accepts connections.</summary>
    /// <exception cref="ArgumentException">An option is invalid, e.g. an unknown deviation name (the message names it).</exception>
    public static async Task<ReferenceServer> StartAsync(ReferenceTargetOptions options, CancellationToken ct = default)
    {
        var address = OptionsCheck.Validate(options);
        var counter = new RequestCounter();
        var app = TargetHost.Build(options, address, counter);
        try
        {
            await app.StartAsync(ct);
        }
        catch
        {
            await app.DisposeAsync();
            throw;
        }

        var bound = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        var port = new Uri(bound).Port;
        var host = address.AddressFamily == System.Net.Sockets.AddressFamily.InterNetworkV6 ? $"[{address}]" : address.ToString();
        return new ReferenceServer(app, counter, new Uri($"http://{host}:{port}/"));
    }

    /// <summary>Stops listening; in-flight requests get a few seconds to finish. Safe to call twice.</summary>
    public async Task StopAsync()
    {
        await stopping.WaitAsync();
        try
        {
            if (stopped)
                return;
            stopped = true;
            using var grace = new CancellationTokenSource(TimeSpan.FromSeconds(5));
            await app.StopAsync(grace.Token);
        }
        finally
        {
            stopping.Release();
        }
    }

    /// <summary>Stops the target and releases its resources.</summary>
    public async ValueTask DisposeAsync()
    {
        await StopAsync();
        await app.DisposeAsync();
    }
}
