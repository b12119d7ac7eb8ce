using DdmConformance.ReferenceTarget;
using DdmConformance.Tests.Target;

namespace DdmConformance.Tests.Support;

/// <summary>A reference target started for tests and a client of its project; disposing stops both.</summary>
public sealed class RunningTarget : IAsyncDisposable
{
    private readonly ReferenceServer server;

    private RunningTarget(ReferenceServer server, ProjectClient client)
    {
        this.server = server;
        Client = client;
    }

    /// <summary>Sends the token the target was started with.</summary>
    public ProjectClient Client { get; }

    public static async Task<RunningTarget> StartAsync(ReferenceTargetOptions options)
    {
        var server = await ReferenceServer.StartAsync(options);
        return new RunningTarget(server, new ProjectClient(server, options.Token));
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await server.DisposeAsync();
    }
}
