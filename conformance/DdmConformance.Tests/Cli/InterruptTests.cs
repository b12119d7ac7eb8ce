using DdmConformance.ReferenceTarget;
using DdmConformance.Tests.Engine;
using DdmConformance.Tests.Support;

namespace DdmConformance.Tests.Cli;

/// <summary>Ctrl-C mid-run: the reports of what ran are written and what the run created is removed.</summary>
[TestFixture]
[Category("Cli")]
public sealed class InterruptTests
{
    [Test]
    public async Task CtrlCMidRunWritesTheReportsAndLeavesNothingBehind()
    {
        // Slow provisioning keeps the run busy long enough to be interrupted while it holds resources.
        await using var server = await ReferenceServer.StartAsync(SuiteRun.TargetOptions() with { ProvisioningDelay = TimeSpan.FromSeconds(1) });
        var dir = CliProcess.TempDirectory();
        var (outcome, interrupted) = await CliProcess.RunInterruptedAsync(line => line.Contains("listInstances", StringComparison.Ordinal),
            "run", "--target", server.BaseUrl.ToString(), "--token", SuiteRun.Token, "--project-id", SuiteRun.ProjectId, "--out", dir);
        Assert.Multiple(async () =>
        {
            Assert.That(interrupted, Is.True, "the run reached the point of interruption:\n" + outcome.Stdout);
            Assert.That(outcome.ExitCode, Is.EqualTo(1), outcome.All);
            Assert.That(File.Exists(Path.Combine(dir, "summary.json")), Is.True, "reports written after Ctrl-C");
            Assert.That(await SafetyTests.InstanceCountAsync(server), Is.EqualTo(0), "every pay-per-use instance the run bought was deleted");
        });
    }
}
