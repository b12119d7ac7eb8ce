using System.Text.Json;
using DdmConformance.Tests.Support;

namespace DdmConformance.Tests.Cli;

/// <summary><c>--parallel N</c> / DDM_PARALLEL as a user meets them: validated up front, echoed, and recorded in summary.json.</summary>
[TestFixture]
[Category("Cli")]
[Category("Lanes")]
public sealed class ParallelFlagTests
{
    [TestCase("0")]
    [TestCase("-2")]
    [TestCase("two")]
    [TestCase("1.5")]
    public async Task AParallelFlagThatIsNotAPositiveWholeNumberExitsWith2(string value)
    {
        var outcome = await CliProcess.RunAsync("run", "--parallel", value, "--dry-run");
        Assert.Multiple(() =>
        {
            Assert.That(outcome.ExitCode, Is.EqualTo(2), outcome.All);
            Assert.That(outcome.Stderr, Does.Contain("--parallel must be a positive whole number").And.Contain($"'{value}'"));
        });
    }

    [Test]
    public async Task AnInvalidDdmParallelExitsWith2NamingTheVariable()
    {
        var outcome = await CliProcess.RunAsync(new Dictionary<string, string> { ["DDM_PARALLEL"] = "many" }, "run", "--dry-run");
        Assert.Multiple(() =>
        {
            Assert.That(outcome.ExitCode, Is.EqualTo(2), outcome.All);
            Assert.That(outcome.Stderr, Does.Contain("DDM_PARALLEL must be a positive whole number").And.Contain("'many'"));
        });
    }

    [Test]
    public async Task TheDryRunListsTheLanesAndHowManyRunAtOnce()
    {
        var outcome = await CliProcess.RunAsync(new Dictionary<string, string> { ["DDM_PARALLEL"] = "3" }, "run", "--dry-run", "--api", "Das", "Dbss");
        Assert.Multiple(() =>
        {
            Assert.That(outcome.ExitCode, Is.EqualTo(0), outcome.All);
            Assert.That(outcome.Stdout, Does.Contain("lane 1: Das, 19 cases").And.Contain("lane 2: Dbss, 30 cases"));
            Assert.That(outcome.Stdout, Does.Contain("2 lanes, up to 2 at once (--parallel 3)"));
        });
    }

    [Test]
    public async Task TheFlagWinsOverTheVariableAndTheRunShowsItInItsFirstLineAndSummaryJson()
    {
        var dir = CliProcess.TempDirectory();
        var outcome = await CliProcess.RunAsync(new Dictionary<string, string> { ["DDM_PARALLEL"] = "1" },
            "run", "--parallel", "3", "--api", "Das", "Dbss", "DmsRegisterUser", "--out", dir);
        using var summary = JsonDocument.Parse(File.ReadAllText(Path.Combine(dir, "summary.json")));
        Assert.Multiple(() =>
        {
            Assert.That(outcome.ExitCode, Is.EqualTo(0), outcome.All);
            Assert.That(outcome.Stdout.Split('\n')[0], Does.Contain("parallel 3"));
            Assert.That(summary.RootElement.GetProperty("parallelism").GetInt32(), Is.EqualTo(3));
            Assert.That(outcome.Stdout, Does.Contain("56 cases: 56 passed, 0 failed"));
        });
    }

    [Test]
    public async Task ARemoteTargetRunsOneLaneAtATimeByDefault()
    {
        var outcome = await CliProcess.RunAsync("run", "--dry-run", "--target", "https://ddm.example.com", "--token", "t0k3n-remote-default", "--project-id", "p");
        Assert.That(outcome.Stdout, Does.Contain("up to 1 at once (--parallel 1)"), outcome.All);
    }
}
