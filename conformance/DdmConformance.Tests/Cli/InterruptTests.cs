using System.Diagnostics;
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
        var info = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var a in new[] { Path.Combine(TestContext.CurrentContext.TestDirectory, "ddm-conformance.dll"), "run", "--target", server.BaseUrl.ToString(),
                     "--token", SuiteRun.Token, "--project-id", SuiteRun.ProjectId, "--out", dir })
            info.ArgumentList.Add(a);
        info.Environment["NO_COLOR"] = "1";
        using var process = Process.Start(info)!;
        var stderr = process.StandardError.ReadToEndAsync();
        var output = new System.Text.StringBuilder();
        var interrupted = false;
        while (await process.StandardOutput.ReadLineAsync() is { } line)
        {
            output.AppendLine(line);
            if (!interrupted && line.Contains("listInstances", StringComparison.Ordinal))
            {
                using var kill = Process.Start("kill", ["-INT", process.Id.ToString()])!;
                await kill.WaitForExitAsync();
                interrupted = true;
            }
        }
        await process.WaitForExitAsync();
        Assert.Multiple(async () =>
        {
            Assert.That(interrupted, Is.True, "the run reached the point of interruption:\n" + output);
            Assert.That(process.ExitCode, Is.EqualTo(1), output + await stderr);
            Assert.That(File.Exists(Path.Combine(dir, "summary.json")), Is.True, "reports written after Ctrl-C");
            Assert.That(await SafetyTests.InstanceCountAsync(server), Is.EqualTo(0), "every pay-per-use instance the run bought was deleted");
        });
    }
}
