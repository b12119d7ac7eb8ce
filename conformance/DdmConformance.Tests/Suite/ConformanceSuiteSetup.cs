using DdmConformance.Api;
using DdmConformance.Engine.Running;
using DdmConformance.ReferenceTarget;
using DdmConformance.Reports;
using DdmConformance.Tests.Support;

namespace DdmConformance.Tests.Suite;

/// <summary>
/// Starts the bundled reference target once for the conformance cases of this namespace and writes the
/// same result files the CLI writes (report.html, junit.xml, summary.json) into the test output.
/// </summary>
[SetUpFixture]
public sealed class ConformanceSuiteSetup
{
    private static ReferenceServer? server;

    public static ConformanceSession Session { get; private set; } = null!;

    [OneTimeSetUp]
    public async Task StartTarget()
    {
        server = await ReferenceServer.StartAsync(SuiteRun.TargetOptions());
        Session = new ConformanceSession(SuiteRun.Options(server.BaseUrl, server), ApiCatalog.All);
    }

    [OneTimeTearDown]
    public async Task WriteResultsAndStop()
    {
        await Session.CleanupAsync();
        var result = Session.Result();
        var outDir = Path.Combine(TestContext.CurrentContext.WorkDirectory, "conformance-results");
        foreach (var path in ReportSet.WriteAll(result, outDir)) TestContext.Progress.WriteLine("wrote " + path);
        await Session.DisposeAsync();
        if (server is not null) await server.DisposeAsync();
    }
}
