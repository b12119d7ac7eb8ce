using System.Text.Json;
using System.Xml.Linq;
using DdmConformance.Tests.Support;

namespace DdmConformance.Tests.Cli;

/// <summary>
/// <c>run --self-check</c> as a vendor or reviewer meets it: the mutation score on the console, in summary.json,
/// report.html and junit.xml, the exit code that follows it, and what it refuses. A small selection (API versions
/// and jobs: 20 cases) keeps each run to seconds; the full score is the mutation tests' business.
/// </summary>
[TestFixture]
[Category("Cli")]
public sealed class SelfCheckTests
{
    private static readonly string[] Selection = ["--api", "Ddm", "--tag", "Versions", "--tag", "Tasks"];

    [Test]
    public async Task EveryInjectedDeviationCaughtExits0WithTheScoreInEveryReport()
    {
        var dir = CliProcess.TempDirectory();
        var outcome = await CliProcess.RunAsync(["run", .. Selection, "--self-check", "--self-check-deviations", "versions-wrong-status,unknown-job-400", "--out", dir]);

        using var summary = JsonDocument.Parse(File.ReadAllText(Path.Combine(dir, "summary.json")));
        var selfCheck = summary.RootElement.GetProperty("selfCheck");
        var byName = selfCheck.GetProperty("deviations").EnumerateArray().ToDictionary(d => d.GetProperty("name").GetString()!);
        var html = File.ReadAllText(Path.Combine(dir, "report.html"));
        var suite = XDocument.Load(Path.Combine(dir, "junit.xml")).Root!.Elements("testsuite").Single(s => (string?)s.Attribute("name") == "self-check");
        Assert.Multiple(() =>
        {
            Assert.That(outcome.ExitCode, Is.EqualTo(0), outcome.All);
            Assert.That(outcome.Stdout, Does.Contain("self-check 1/2 ").And.Contain("self-check 2/2 ").And.Contain("self-check: 2/2 injected deviations caught"));
            Assert.That(selfCheck.GetProperty("score").GetString(), Is.EqualTo("2/2"));
            Assert.That(selfCheck.GetProperty("caught").GetInt32(), Is.EqualTo(2));
            Assert.That(selfCheck.GetProperty("total").GetInt32(), Is.EqualTo(2));
            Assert.That(byName.Keys, Is.EquivalentTo(new[] { "versions-wrong-status", "unknown-job-400" }));
            var versions = byName["versions-wrong-status"];
            Assert.That(versions.GetProperty("caught").GetBoolean(), Is.True);
            Assert.That(versions.GetProperty("description").GetString(), Does.Contain("201"));
            Assert.That(versions.GetProperty("case").GetString(), Is.EqualTo("listApiVersions/example/listApiVersions"));
            Assert.That(versions.GetProperty("operation").GetString(), Is.EqualTo("GET /"));
            Assert.That(versions.GetProperty("check").GetString(), Is.EqualTo("status"));
            Assert.That(versions.GetProperty("section").GetString(), Is.EqualTo("4.1.1"));
            Assert.That(versions.GetProperty("casesRun").GetInt32(), Is.EqualTo(1), "the first case of the plan shows it");
            Assert.That(versions.GetProperty("seconds").GetDouble(), Is.GreaterThan(0));
            Assert.That(byName["unknown-job-400"].GetProperty("section").GetString(), Does.StartWith("4.5"));
            Assert.That(html, Does.Contain("Self-check (mutation score)").And.Contain("Self-check passed: 2/2"));
            Assert.That(html, Does.Contain("data-deviation=\"unknown-job-400\"").And.Not.Contain("class=\"sc missed\""));
            Assert.That(suite.Elements("testcase").Count(), Is.EqualTo(2));
            Assert.That((int)suite.Attribute("failures")!, Is.EqualTo(0));
        });
    }

    [Test]
    public async Task AMissedDeviationExits1AndIsHighlightedInTheReport()
    {
        var dir = CliProcess.TempDirectory();
        // Backups are outside the selection, so nothing the run does can notice their deviation.
        var outcome = await CliProcess.RunAsync(["run", .. Selection, "--self-check", "--self-check-deviations", "versions-wrong-status,backup-list-ignores-limit", "--out", dir]);

        using var summary = JsonDocument.Parse(File.ReadAllText(Path.Combine(dir, "summary.json")));
        var selfCheck = summary.RootElement.GetProperty("selfCheck");
        var missed = selfCheck.GetProperty("deviations").EnumerateArray().Single(d => d.GetProperty("name").GetString() == "backup-list-ignores-limit");
        var html = File.ReadAllText(Path.Combine(dir, "report.html"));
        Assert.Multiple(() =>
        {
            Assert.That(outcome.ExitCode, Is.EqualTo(1), outcome.All);
            Assert.That(summary.RootElement.GetProperty("verdict").GetString(), Is.EqualTo("conformant"), "the run itself found nothing");
            Assert.That(outcome.Stdout, Does.Contain("backup-list-ignores-limit: MISSED").And.Contain("missed: backup-list-ignores-limit"));
            Assert.That(selfCheck.GetProperty("score").GetString(), Is.EqualTo("1/2"));
            Assert.That(selfCheck.GetProperty("passed").GetBoolean(), Is.False);
            Assert.That(missed.GetProperty("caught").GetBoolean(), Is.False);
            Assert.That(missed.GetProperty("outcome").GetString(), Is.EqualTo("missed"));
            Assert.That(missed.GetProperty("case").ValueKind, Is.EqualTo(JsonValueKind.Null));
            Assert.That(missed.GetProperty("casesRun").GetInt32(), Is.EqualTo(summary.RootElement.GetProperty("cases").GetInt32()), "every case ran before it was called missed");
            Assert.That(html, Does.Contain("class=\"sc missed\" data-deviation=\"backup-list-ignores-limit\"").And.Contain("Self-check failed: 1/2"));
        });
    }

    [Test]
    public async Task CtrlCDuringTheSelfCheckWritesTheScoreGatheredSoFar()
    {
        var dir = CliProcess.TempDirectory();
        var (outcome, interrupted) = await CliProcess.RunInterruptedAsync(line => line.StartsWith("self-check 1/", StringComparison.Ordinal),
            ["run", .. Selection, "--self-check", "--self-check-jobs", "1", "--out", dir]);

        Assert.That(interrupted, Is.True, "the self-check started:\n" + outcome.All);
        using var summary = JsonDocument.Parse(File.ReadAllText(Path.Combine(dir, "summary.json")));
        var selfCheck = summary.RootElement.GetProperty("selfCheck");
        var outcomes = selfCheck.GetProperty("deviations").EnumerateArray().Select(d => d.GetProperty("outcome").GetString()).ToList();
        Assert.Multiple(() =>
        {
            Assert.That(outcome.ExitCode, Is.EqualTo(1), outcome.All);
            Assert.That(selfCheck.GetProperty("interrupted").GetString(), Is.EqualTo("interrupted"));
            Assert.That(outcomes, Has.Count.EqualTo(ReferenceTarget.KnownDeviations.All.Count), "every deviation is listed");
            Assert.That(outcomes, Does.Contain("not run"), "the ones after Ctrl-C were not run");
            Assert.That(outcomes.Count(o => o != "not run"), Is.GreaterThanOrEqualTo(1), "the ones that ran before Ctrl-C are kept");
        });
    }

    [TestCase("--target", "http://127.0.0.1:9/", "--token", "t", "--project-id", "p", "--self-check", TestName = "--self-check with --target is a usage error naming --target")]
    [TestCase("--self-check", "--self-check-deviations", "no-such-deviation", TestName = "--self-check-deviations with an unknown name is a usage error naming it")]
    [TestCase("--self-check-deviations", "auth-not-enforced", TestName = "--self-check-deviations without --self-check is a usage error")]
    [TestCase("--self-check", "--deviations", "auth-not-enforced", TestName = "--self-check with --deviations is a usage error")]
    [TestCase("--self-check", "--self-check-jobs", "0", TestName = "--self-check-jobs below 1 is a usage error")]
    public async Task SelfCheckMisuseExitsWith2AndSaysWhy(params string[] flags)
    {
        var dir = CliProcess.TempDirectory();
        var outcome = await CliProcess.RunAsync(["run", .. flags, "--out", dir]);
        var named = flags.FirstOrDefault(f => f is "--target" or "no-such-deviation" or "--deviations" or "--self-check-jobs") ?? "--self-check";
        Assert.Multiple(() =>
        {
            Assert.That(outcome.ExitCode, Is.EqualTo(2), outcome.All);
            Assert.That(outcome.Stderr, Does.StartWith("error: ").And.Contain(named));
            Assert.That(File.Exists(Path.Combine(dir, "summary.json")), Is.False, "nothing ran");
        });
    }
}
