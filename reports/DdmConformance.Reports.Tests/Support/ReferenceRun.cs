using DdmConformance.Api;
using DdmConformance.Engine.Configuration;
using DdmConformance.Engine.Results;
using DdmConformance.Engine.Running;
using DdmConformance.ReferenceTarget;

namespace DdmConformance.Reports.Tests.Support;

/// <summary>A real run of the whole suite against the bundled reference target, with named deviations injected.</summary>
internal static class ReferenceRun
{
    /// <summary>Three deviations that each make exactly one check fail: a missing field, a wrong status, an ignored update.</summary>
    public static readonly string[] ThreeDeviations = ["list-drops-instance-num", "versions-wrong-status", "rename-ignored"];

    private const string Token = "reports-test-token-0123456789";

    private static readonly Dictionary<string, Task<RunResult>> Runs = [];

    /// <summary>The run with these deviations, made once per test session (runs take seconds; tests only read them).</summary>
    public static Task<RunResult> OnceAsync(params string[] deviations)
    {
        var key = string.Join(",", deviations.Order(StringComparer.Ordinal));
        lock (Runs)
        {
            if (!Runs.TryGetValue(key, out var run)) Runs[key] = run = RunAsync(deviations);
            return run;
        }
    }

    public static async Task<RunResult> RunAsync(params string[] deviations)
    {
        await using var server = await ReferenceServer.StartAsync(new ReferenceTargetOptions
        {
            Token = Token,
            Deviations = deviations.ToHashSet(StringComparer.Ordinal),
            ProvisioningDelay = TimeSpan.FromMilliseconds(150),
            RestartDelay = TimeSpan.FromMilliseconds(100),
        });
        var options = new RunOptions
        {
            BaseUrl = server.BaseUrl,
            ApiBaseUrls = ApiCatalog.All.ToDictionary(a => a.Name, a => server.BaseUrlFor(a.Name)),
            ProjectId = "0a1b2c3d4e5f60718293a4b5c6d7e8f9",
            Token = Token,
            Mode = RunMode.Full,
            ReadyTimeout = TimeSpan.FromSeconds(5),
            // The injected deviations are all in the DDM API; the other APIs would only add seconds.
            Apis = ["Ddm"],
        };
        await using var session = new ConformanceSession(options, ApiCatalog.All);
        await session.RunAllAsync(CancellationToken.None);
        await session.CleanupAsync();
        return session.Result();
    }
}
