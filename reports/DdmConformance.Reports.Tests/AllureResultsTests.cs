using System.Diagnostics;
using System.Text.Json;
using DdmConformance.Engine.Results;
using DdmConformance.Reports.Gates;
using DdmConformance.Reports.Tests.Support;

namespace DdmConformance.Reports.Tests;

/// <summary>allure-results/ as the Allure CLI reads it, and rendered by it when Node.js is installed.</summary>
public sealed class AllureResultsTests
{
    [Test]
    public void EachCaseIsOneResultFileLabelledByChapterOperationAndKind()
    {
        using var dir = new OutputDirectory();
        var results = Write(EvidenceRun.Create(), dir);

        var list = Results(results).Single(r => r.GetProperty("fullName").GetString() == "Ddm." + EvidenceRun.ListCase);
        Assert.Multiple(() =>
        {
            Assert.That(Directory.GetFiles(results, "*-result.json"), Has.Length.EqualTo(5));
            Assert.That(Label(list, "epic"), Is.EqualTo("4.2 Instances"));
            Assert.That(Label(list, "feature"), Is.EqualTo("4.2.2 listInstances (GET /v1/{project_id}/instances)"));
            Assert.That(Label(list, "story"), Is.EqualTo("documented example"));
            Assert.That(list.GetProperty("status").GetString(), Is.EqualTo("failed"));
            Assert.That(list.GetProperty("statusDetails").GetProperty("message").GetString(), Does.StartWith("schema: expected"));
            Assert.That(list.GetProperty("links")[0].GetProperty("name").GetString(), Is.EqualTo("§4.2.2 Querying DDM Instances (document line 120)"));
            Assert.That(list.GetProperty("links")[0].GetProperty("url").GetString(), Is.EqualTo("../report.html#op-listInstances"));
            Assert.That(list.GetProperty("parameters").EnumerateArray().Select(p => p.GetProperty("name").GetString()), Is.SupersetOf(new[] { "operation", "section", "case", "documented example" }));
        });
    }

    [Test]
    public void StepsCarryTheExchangesAsAttachmentsAndTheChecksWithTheirOutcome()
    {
        using var dir = new OutputDirectory();
        var results = Write(EvidenceRun.Create(), dir);
        var list = Results(results).Single(r => r.GetProperty("fullName").GetString() == "Ddm." + EvidenceRun.ListCase);
        var steps = list.GetProperty("steps").EnumerateArray().ToList();

        var request = steps[1].GetProperty("attachments")[0];
        var requestText = File.ReadAllText(Path.Combine(results, request.GetProperty("source").GetString()!));
        var curl = list.GetProperty("attachments").EnumerateArray().Single(a => a.GetProperty("name").GetString() == "curl reproduction");
        Assert.Multiple(() =>
        {
            Assert.That(steps[1].GetProperty("name").GetString(), Does.StartWith("GET http://127.0.0.1:5099/v1/p1/instances?offset=0&limit=10 -> 200"));
            Assert.That(requestText, Does.StartWith("GET http://127.0.0.1:5099/v1/p1/instances").And.Contain("X-Auth-Token: ***"));
            Assert.That(steps.Select(s => s.GetProperty("status").GetString()), Is.EqualTo(new[] { "passed", "passed", "passed", "failed", "failed" }));
            Assert.That(File.ReadAllText(Path.Combine(results, curl.GetProperty("source").GetString()!)), Does.Contain("${DDM_TOKEN}"));
        });
    }

    [Test]
    public void AKnownDeviationIsMarkedKnownAndCategoriesGroupFailuresByCheck()
    {
        using var dir = new OutputDirectory();
        var run = EvidenceRun.Create();
        var results = Write(run, dir, RunGate.Evaluate(run, new Baseline([new BaselineEntry(EvidenceRun.CreateErrorCase, "error-code", "", "", "vendor ticket 7", null, "", "")], "b.json")));

        var known = Results(results).Single(r => r.GetProperty("fullName").GetString() == "Ddm." + EvidenceRun.CreateErrorCase);
        using var categories = JsonDocument.Parse(File.ReadAllText(Path.Combine(results, "categories.json")));
        Assert.Multiple(() =>
        {
            Assert.That(known.GetProperty("statusDetails").GetProperty("known").GetBoolean(), Is.True);
            Assert.That(known.GetProperty("statusDetails").GetProperty("message").GetString(), Does.Contain("[known deviation, baseline: vendor ticket 7]"));
            Assert.That(categories.RootElement.EnumerateArray().Select(c => c.GetProperty("name").GetString()), Has.Some.StartsWith("Deviation: paired-example"));
            Assert.That(File.ReadAllText(Path.Combine(results, "environment.properties")), Does.Contain("target=http://127.0.0.1:5099/"));
        });
    }

    [Test]
    public void WritingAgainReplacesTheResultsOfTheEarlierRun()
    {
        using var dir = new OutputDirectory();
        Write(EvidenceRun.Create(), dir);
        var results = Write(EvidenceRun.Create(EvidenceRun.Cases().Take(1).ToList()), dir);

        Assert.That(Directory.GetFiles(results, "*-result.json"), Has.Length.EqualTo(1));
    }

    [Test]
    [Category("Allure")]
    public void TheNpmAllureCliRendersTheResultsIntoAnHtmlReport()
    {
        var reports = RepositoryReports();
        if (!HasNode()) Assert.Ignore("Node.js is not installed: the Allure HTML report cannot be rendered here (allure-results/ is checked by the other tests)");
        if (!File.Exists(Path.Combine(reports, "node_modules", "allure", "cli.js")))
        {
            var install = Run("npm", reports, "ci", "--no-audit", "--no-fund");
            Assert.That(install.Code, Is.Zero, "npm ci in reports/ failed: " + install.Output);
        }
        using var dir = new OutputDirectory();
        var results = Write(EvidenceRun.Create(), dir);
        var html = Path.Combine(dir.Path, "allure-report");

        var rendering = AllureHtmlRenderer.Render(results, html, [reports]);

        Assert.That(rendering.Rendered, Is.True, rendering.Message);
        var rendered = string.Join("\n", Directory.EnumerateFiles(html, "*", SearchOption.AllDirectories).Where(f => f.EndsWith(".json", StringComparison.Ordinal) || f.EndsWith(".html", StringComparison.Ordinal)).Select(File.ReadAllText));
        Assert.That(rendered, Does.Contain("listInstances/example/listInstances").Or.Contain("Querying DDM Instances"));
    }

    private static string Write(RunResult run, OutputDirectory dir, RunGate? gate = null)
    {
        var results = Path.Combine(dir.Path, AllureResultsWriter.DirectoryName);
        AllureResultsWriter.Write(run, results, gate);
        return results;
    }

    private static List<JsonElement> Results(string directory)
        => Directory.GetFiles(directory, "*-result.json").Select(f => JsonDocument.Parse(File.ReadAllText(f)).RootElement.Clone()).ToList();

    private static string? Label(JsonElement result, string name)
        => result.GetProperty("labels").EnumerateArray().FirstOrDefault(l => l.GetProperty("name").GetString() == name).GetProperty("value").GetString();

    private static string RepositoryReports()
    {
        for (var dir = new DirectoryInfo(TestContext.CurrentContext.TestDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "reports", "package.json"))) return Path.Combine(dir.FullName, "reports");
        throw new AssertionException("reports/package.json not found above " + TestContext.CurrentContext.TestDirectory);
    }

    private static bool HasNode() => (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator).Any(d => File.Exists(Path.Combine(d, "node")) || File.Exists(Path.Combine(d, "node.exe")));

    private static (int Code, string Output) Run(string file, string workingDirectory, params string[] args)
    {
        var info = new ProcessStartInfo(file, args) { WorkingDirectory = workingDirectory, RedirectStandardOutput = true, RedirectStandardError = true };
        using var process = Process.Start(info)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        process.WaitForExit(TimeSpan.FromMinutes(5));
        return (process.ExitCode, stdout.Result + stderr.Result);
    }
}
