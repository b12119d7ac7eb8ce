using DdmConformance.Api;
using DdmConformance.Api.Catalog;
using DdmConformance.Engine.Configuration;
using DdmConformance.Engine.Results;
using DdmConformance.Engine.Running;
using DdmConformance.ReferenceTarget;

namespace DdmConformance.Tests.Support;

/// <summary>Runs the whole suite against a fresh bundled reference target (optionally with deviations).</summary>
public static class SuiteRun
{
    public const string Token = "suite-test-token-0123456789";
    public const string ProjectId = "0a1b2c3d4e5f60718293a4b5c6d7e8f9";

    public static ReferenceTargetOptions TargetOptions(params string[] deviations) => new()
    {
        Token = Token,
        Deviations = deviations.ToHashSet(),
        ProvisioningDelay = TimeSpan.FromMilliseconds(150),
        RestartDelay = TimeSpan.FromMilliseconds(100),
    };

    public static RunOptions Options(Uri baseUrl, ReferenceServer? server = null) => new()
    {
        BaseUrl = baseUrl,
        ApiBaseUrls = server is null ? new Dictionary<string, Uri>() : ApiCatalog.All.ToDictionary(a => a.Name, a => server.BaseUrlFor(a.Name)),
        ApiFixtures = ApiCatalog.All.ToDictionary(a => a.Name, a => ReferenceTarget.SideApiFixtures.For(a.Name)),
        ProjectId = ProjectId,
        Token = Token,
        Mode = RunMode.Full,
        ReadyTimeout = TimeSpan.FromSeconds(5),
    };

    /// <summary>The plan as the front door names its tests (target address does not change the plan).</summary>
    public static IReadOnlyList<PlannedCase> Plan() => global::DdmConformance.Engine.Planning.CasePlanner.Plan(ApiCatalog.All, Options(new Uri("http://127.0.0.1:1/")));

    public static async Task<RunResult> RunAsync(IReadOnlyList<ApiDescriptor>? apis = null, params string[] deviations)
    {
        await using var server = await ReferenceServer.StartAsync(TargetOptions(deviations));
        await using var session = new ConformanceSession(Options(server.BaseUrl, server), apis ?? ApiCatalog.All);
        await session.RunAllAsync(CancellationToken.None);
        await session.CleanupAsync();
        return session.Result();
    }
}
