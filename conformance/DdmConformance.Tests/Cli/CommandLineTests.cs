using System.Text.Json;
using DdmConformance.ReferenceTarget;
using DdmConformance.Tests.Support;

namespace DdmConformance.Tests.Cli;

/// <summary>The command line as a user and a CI pipeline meet it: exit codes, messages, reports always written.</summary>
[TestFixture]
[Category("Cli")]
public sealed class CommandLineTests
{
    [Test]
    public async Task AnUnknownFlagExitsWith2AndAUsageMessage()
    {
        var outcome = await CliProcess.RunAsync("run", "--no-such-flag");
        Assert.Multiple(() =>
        {
            Assert.That(outcome.ExitCode, Is.EqualTo(2));
            Assert.That(outcome.Stderr, Does.Contain("--no-such-flag").And.Contain("usage"));
        });
    }

    [Test]
    public async Task AnInvalidModeExitsWith2NamingTheAllowedValues()
    {
        var outcome = await CliProcess.RunAsync("run", "--mode", "wild");
        Assert.Multiple(() =>
        {
            Assert.That(outcome.ExitCode, Is.EqualTo(2));
            Assert.That(outcome.Stderr, Does.Contain("read-only, non-disruptive or full"));
        });
    }

    [Test]
    public async Task AnUnreachableTargetExitsWith3AndStillWritesTheReports()
    {
        var dir = CliProcess.TempDirectory();
        var outcome = await CliProcess.RunAsync("run", "--target", $"http://127.0.0.1:{GarbageServer.FreePort()}", "--token", "t0k3n-unreachable", "--project-id", "p", "--out", dir);
        Assert.Multiple(() =>
        {
            Assert.That(outcome.ExitCode, Is.EqualTo(3), outcome.All);
            Assert.That(outcome.Stdout, Does.Contain("unreachable"));
            Assert.That(outcome.All, Does.Not.Contain("   at "), "no stack trace");
            AssertReportsWritten(dir);
        });
    }

    [Test]
    public async Task ATargetAnsweringGarbageYieldsDeviationsExit1AndCompleteReports()
    {
        using var garbage = new GarbageServer("HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nContent-Length: 5\r\nConnection: close\r\n\r\nhello");
        var dir = CliProcess.TempDirectory();
        // One chapter is enough to see garbage handled; the whole suite against it takes minutes of timeouts.
        var outcome = await CliProcess.RunAsync("run", "--target", garbage.BaseUrl.ToString(), "--token", "t0k3n-garbage", "--project-id", "p", "--mode", "full",
            "--tag", "Instances", "--out", dir);
        Assert.Multiple(() =>
        {
            Assert.That(outcome.ExitCode, Is.EqualTo(1), outcome.All);
            Assert.That(outcome.All, Does.Not.Contain("   at "), "no stack trace");
            AssertReportsWritten(dir);
            using var summary = JsonDocument.Parse(File.ReadAllText(Path.Combine(dir, "summary.json")));
            Assert.That(summary.RootElement.GetProperty("deviations").GetArrayLength(), Is.GreaterThan(0));
        });
    }

    [Test]
    public async Task ARunAgainstTheBundledTargetIsConformantAndWritesTheReports()
    {
        var dir = CliProcess.TempDirectory();
        var outcome = await CliProcess.RunAsync("run", "--out", dir);
        Assert.Multiple(() =>
        {
            Assert.That(outcome.ExitCode, Is.EqualTo(0), outcome.All);
            Assert.That(outcome.Stdout, Does.Contain("conformant").And.Contain("report.html"));
            AssertReportsWritten(dir);
        });
    }

    [Test]
    public async Task TheTokenNeverAppearsInAnyOutputFileOrTheConsole()
    {
        const string token = "very-secret-token-4711";
        await using var server = await ReferenceServer.StartAsync(new ReferenceTargetOptions { Token = token, ProvisioningDelay = TimeSpan.FromMilliseconds(100) });
        var dir = CliProcess.TempDirectory();
        // DDM only: the related APIs live under other base URLs when the target is given explicitly. The chapters
        // whose bodies carry secrets (accounts, schemas with RDS credentials) besides the token; the whole suite
        // runs in the other front-door tests.
        var outcome = await CliProcess.RunAsync("run", "--target", server.BaseUrl.ToString(), "--token", token, "--project-id", SuiteRun.ProjectId,
            "--api", "Ddm", "--tag", "Accounts", "--tag", "Schemas", "--out", dir);
        Assert.Multiple(() =>
        {
            Assert.That(outcome.ExitCode, Is.EqualTo(0), outcome.All);
            Assert.That(outcome.All, Does.Not.Contain(token));
            foreach (var file in Directory.EnumerateFiles(dir, "*", SearchOption.AllDirectories))
                Assert.That(File.ReadAllText(file), Does.Not.Contain(token), file);
        });
    }

    [Test]
    public async Task ServeListsItsDeviationsOnePerLine()
    {
        var outcome = await CliProcess.RunAsync("serve", "--list-deviations");
        Assert.Multiple(() =>
        {
            Assert.That(outcome.ExitCode, Is.EqualTo(0));
            Assert.That(outcome.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries), Is.EquivalentTo(KnownDeviations.All.Select(d => d.Name)));
        });
    }

    private static void AssertReportsWritten(string dir)
    {
        foreach (var name in new[] { "report.html", "junit.xml", "summary.json", "lint.sarif" })
            Assert.That(File.Exists(Path.Combine(dir, name)), Is.True, name + " written");
    }
}
