using DdmConformance.Engine.Results;
using DdmConformance.Reports.Gates;
using DdmConformance.Reports.Tests.Support;

namespace DdmConformance.Reports.Tests;

/// <summary>report.html's top, matrix, evidence and gate, read as text (the browser test reads them as a person sees them).</summary>
public sealed class ReportEvidenceHtmlTests
{
    [Test]
    public void TheHeaderNamesTheSpecAndCountsErrorCodesProvokedProvokableAndTotal()
    {
        var html = Render(EvidenceRun.Create());

        Assert.Multiple(() =>
        {
            Assert.That(html, Does.Contain("Spec: <b class=\"mono\">Distributed Database Middleware (DDM) API 2026-05-30 (004_62bfcbc1e8d54d50.txt)</b>"));
            Assert.That(html, Does.Contain("1 / 2 / 4</span><span class=\"l\">A.3 error codes provoked / provokable / total"));
            Assert.That(html, Does.Contain(">1</span><span class=\"l\">error codes not externally triggerable"));
            Assert.That(html, Does.Contain("href=\"#family-ExamplesVsSchemas\"><span class=\"n\">1</span><span class=\"l\">1 · Examples vs schemas"));
        });
    }

    [Test]
    public void UntriggerableErrorCodesAreListedWithTheirReason()
    {
        var html = Render(EvidenceRun.Create());
        var untriggerable = Section(html, "id=\"error-codes-untriggerable\"", "<details class=\"codes\">");

        Assert.That(untriggerable, Does.Contain("DBS.300002").And.Contain("internal server failure"));
        Assert.That(untriggerable, Does.Not.Contain("DBS.280001"));
        Assert.That(html, Does.Contain("provoked (1 case(s)) · recipe duplicate-schema-name"));
    }

    [Test]
    public void TheMatrixHasARowPerChapterAndACellPerOperationColouredByItsWorstResult()
    {
        var html = Render(EvidenceRun.Create());
        var matrix = Section(html, "<section id=\"matrix\">", "</section>");

        Assert.Multiple(() =>
        {
            Assert.That(matrix, Does.Contain("<th scope=\"row\">4.2 Instances"));
            Assert.That(matrix, Does.Contain("<a class=\"cell w-failed\" href=\"#op-listInstances\""));
            Assert.That(matrix, Does.Contain("<span class=\"sec\">4.2.2</span><span class=\"opname\">listInstances</span>"));
        });
    }

    [Test]
    public void AFailedCaseCarriesTheDocumentQuoteTheDiffAndACopyableCurl()
    {
        var html = Render(EvidenceRun.Create());
        var listCase = Section(html, "data-search=\"get /v1/{project_id}/instances: listinstances/example/listinstances", "</details>\n</div>\n</details>");

        Assert.Multiple(() =>
        {
            Assert.That(listCase, Does.Contain("What the reference says · §4.2.2 Querying DDM Instances"));
            Assert.That(listCase, Does.Contain("<blockquote>instance_num · integer (int32) · optional · Number of DDM instances of a tenant</blockquote>"));
            Assert.That(listCase, Does.Contain("Field-level diff: documented example &#39;ok&#39; (document line 1088)"));
            Assert.That(listCase, Does.Contain("<tr class=\"d-missing flagged\"><td class=\"mono\">instance_num</td>"));
            Assert.That(listCase, Does.Contain("<button type=\"button\" class=\"copy\" data-copy=\"curl-case-3\">Copy</button>"));
            Assert.That(listCase, Does.Contain("<pre class=\"curl\" id=\"curl-case-3\">"));
            Assert.That(listCase, Does.Contain("X-Auth-Token: ${DDM_TOKEN}"));
            Assert.That(listCase, Does.Contain("Request and response the failure is about (exchange 2 of 2, redacted)"));
        });
    }

    [Test]
    public void TheToolbarOffersChapterAndFailedCheckFilters()
    {
        var html = Render(EvidenceRun.Create());

        Assert.That(html, Does.Contain("<option value=\"ch-0\" data-number=\"4.2\">4.2 Instances</option>"));
        Assert.That(html, Does.Contain("<option value=\"error-code\">error-code</option><option value=\"paired-example\">paired-example</option><option value=\"schema\">schema</option>"));
        Assert.That(html, Does.Contain("data-chapter=\"ch-0\" data-check=\"schema\""));
    }

    [Test]
    public void WithABaselineKnownDeviationsAreTaggedAndTheGateIsShownAtTheTop()
    {
        var run = EvidenceRun.Create();
        var baseline = new Baseline([new BaselineEntry(EvidenceRun.CreateErrorCase, "error-code", "", "", "vendor ticket 7", null, "", "")], "ci/baseline.json");

        var html = Render(run, RunGate.Evaluate(run, baseline));

        Assert.Multiple(() =>
        {
            Assert.That(html, Does.Contain("class=\"gate failed\" id=\"gate-chip\">Gate failed: 2 new deviations<"));
            Assert.That(html, Does.Contain("<span class=\"tag known\" title=\"Baseline: vendor ticket 7\">known</span>"));
            Assert.That(html, Does.Contain("<span class=\"tag known\">known: vendor ticket 7</span>"));
            Assert.That(html, Does.Contain("data-known=\"1\""));
            Assert.That(html, Does.Contain("<label><input type=\"checkbox\" id=\"hide-known\"> Hide known (baseline)</label>"));
            Assert.That(html, Does.Contain("Baseline <code>ci/baseline.json</code>"));
        });
    }

    [Test]
    public void WithAPreviousRunRegressionsAreTaggedAndFixesListed()
    {
        using var dir = new OutputDirectory();
        Directory.CreateDirectory(dir.Path);
        var previous = dir.File("previous.json");
        var before = EvidenceRun.Cases().Select(c => c.CaseId == EvidenceRun.CreateErrorCase ? c with { Outcome = CaseOutcome.Passed, Checks = [] } : c).ToList();
        SummaryWriter.Write(EvidenceRun.Create(before), previous);
        var run = EvidenceRun.Create();

        var html = Render(run, RunGate.Evaluate(run, previous: PreviousRun.Load(previous)));

        Assert.That(html, Does.Contain("1 regressed, 0 fixed, 2 unchanged"));
        Assert.That(html, Does.Contain("<span class=\"tag regressed\">new since previous run</span>"));
    }

    private static string Section(string html, string from, string until)
    {
        var start = html.IndexOf(from, StringComparison.Ordinal);
        Assert.That(start, Is.GreaterThanOrEqualTo(0), $"the report has no {from}");
        var end = html.IndexOf(until, start, StringComparison.Ordinal);
        return end < 0 ? html[start..] : html[start..end];
    }

    private static string Render(RunResult run, RunGate? gate = null)
    {
        using var dir = new OutputDirectory();
        Directory.CreateDirectory(dir.Path);
        var path = dir.File("report.html");
        HtmlReportWriter.Write(run, SampleRun.Rules(), path, gate);
        return File.ReadAllText(path);
    }
}
