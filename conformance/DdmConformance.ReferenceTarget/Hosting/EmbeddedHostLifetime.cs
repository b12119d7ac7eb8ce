using Microsoft.Extensions.Hosting;

namespace DdmConformance.ReferenceTarget.Hosting;

/// <summary>
/// Replaces the console lifetime: the target runs inside a CLI or a test run, whose owner decides when it
/// stops. The default lifetime would take over Ctrl+C (and swallow it) and print status lines.
/// </summary>
internal sealed class EmbeddedHostLifetime : IHostLifetime
{
    public Task WaitForStartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
