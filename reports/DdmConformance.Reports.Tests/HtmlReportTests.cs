using System.Diagnostics;
using System.Text.RegularExpressions;
using DdmConformance.Engine.Results;
using DdmConformance.Reports.Tests.Support;

namespace DdmConformance.Reports.Tests;

public sealed partial class HtmlReportTests
{
    [Test]
    public void TheReportLoadsNothingFromOutsideTheFile()
    {
        var html = Render(SampleRun.Create());

        Assert.Multiple(() =>
        {
            Assert.That(ExternalReference().Matches(html), Is.Empty);
            Assert.That(html, Does.Not.Contain("<script src").IgnoreCase);
            Assert.That(html, Does.Not.Contain("<link").IgnoreCase);
            Assert.That(html, Does.Not.Contain("@import").IgnoreCase);
            Assert.That(html, Does.Not.Contain("url(").IgnoreCase);
            Assert.That(html, Does.Contain("<style>").And.Contain("<script>"));
        });
    }

    [Test]
    public void MarkupInAResponseBodyIsShownAsTextNeverExecuted()
    {
        var html = Render(SampleRun.Create());

        Assert.That(html, Does.Not.Contain(SampleRun.ScriptInBody));
        Assert.That(html, Does.Contain("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;"));
        // One inline script of our own, nothing else.
        Assert.That(Regex.Matches(html, "<script", RegexOptions.IgnoreCase), Has.Count.EqualTo(1));
    }

    [Test]
    public void MarkupInFindingsAndCheckValuesIsEscaped()
    {
        var cases = SampleRun.Cases().ToList();
        cases[1] = cases[1] with { Checks = [new CheckResult("body", false, "<img onerror=x>", "\"><b>")] };

        var html = Render(SampleRun.Create(cases));

        Assert.That(html, Does.Not.Contain("<img onerror").And.Not.Contain("\"><b>").And.Not.Contain("added <b>"));
        Assert.That(html, Does.Contain("&lt;img onerror=x&gt;").And.Contain("added &lt;b&gt;"));
    }

    [Test]
    public void TheVerdictIsShownBigAndColouredAtTheTop()
    {
        Assert.That(Render(SampleRun.Create()), Does.Contain("class=\"verdict deviations\" id=\"verdict\">DEVIATIONS<"));
        Assert.That(Render(SampleRun.Create(SampleRun.Cases().Take(1).ToList())), Does.Contain(">CONFORMANT<"));
        Assert.That(Render(SampleRun.Create(aborted: "cancelled")), Does.Contain(">ABORTED<").And.Contain("cancelled"));
    }

    [Test]
    public void TheHeaderShowsTargetModeDateCountsAndCoverage()
    {
        var html = Render(SampleRun.Create());

        Assert.Multiple(() =>
        {
            Assert.That(html, Does.Contain("http://127.0.0.1:5099"), "the target, as text");
            Assert.That(html, Does.Contain(">full<"));
            Assert.That(html, Does.Contain("2025-03-04 10:00:00"));
            Assert.That(html, Does.Contain("1 / 4</span><span class=\"l\">documented examples replayed"));
            Assert.That(html, Does.Contain("1 / 3</span><span class=\"l\">operations exercised"));
            Assert.That(html, Does.Contain(">3</span><span class=\"l\">static-analysis findings"));
        });
    }

    [Test]
    public void EveryOperationIsARowColouredByItsWorstResult()
    {
        var html = Render(SampleRun.Create());

        Assert.That(html, Does.Contain("<details class=\"op w-failed\" id=\"op-createInstance\""));
        Assert.That(html, Does.Contain("<details class=\"op w-skipped\" id=\"op-listInstances\""));
        Assert.That(html, Does.Contain("<details class=\"op w-none\" id=\"op-deleteInstance\""));
    }

    [Test]
    public void JsonBodiesArePrettyPrinted()
    {
        var html = Render(SampleRun.Create());

        Assert.That(html, Does.Contain("{\n  &quot;id&quot;: &quot;i-1&quot;,"));
    }

    [Test]
    public void BodiesOver64KiBAreCutWithANote()
    {
        var cases = SampleRun.Cases().ToList();
        var huge = new string('x', 200_000);
        cases[0] = cases[0] with { Exchanges = [cases[0].Exchanges[0] with { ResponseBody = huge }] };

        var html = Render(SampleRun.Create(cases));

        Assert.That(html, Does.Contain("Truncated: showing the first 65,536 characters of 200,000."));
        // Ordinal: NUnit's culture-aware search over a 64 KiB needle takes seconds.
        Assert.That(html.Contains(new string('x', BodyLimit + 1), StringComparison.Ordinal), Is.False);
        Assert.That(html.Contains(new string('x', BodyLimit), StringComparison.Ordinal), Is.True);
    }

    [Test]
    public void FindingsAreListedByRuleWithOperationSectionAndSpecLine()
    {
        var html = Render(SampleRun.Create());

        Assert.Multiple(() =>
        {
            Assert.That(html, Does.Contain("<code>DDM0002</code> Documented example does not conform to its schema"));
            Assert.That(html, Does.Contain("2 finding(s)"));
            Assert.That(html, Does.Contain("ddm.openapi.yaml:17"));
            Assert.That(html, Does.Contain("ddm.openapi.yaml<"), "a finding without a line shows the file only");
            Assert.That(html, Does.Contain("POST /v1/{project_id}/instances</td><td>4.2.1"));
        });
    }

    [Test]
    public void EachDeviationLinksToTheCaseThatShowsIt()
    {
        var html = Render(SampleRun.Create());

        Assert.That(html, Does.Contain("<a href=\"#case-1\">POST /v1/{project_id}/instances without name yields 400 DBS.280001</a>"));
        Assert.That(html, Does.Contain("id=\"case-1\""));
    }

    [Test]
    public void TheDeviationsToggleAndSearchBoxArePresent()
    {
        var html = Render(SampleRun.Create());

        Assert.That(html, Does.Contain("id=\"deviations-only\"").And.Contain("id=\"search\""));
        Assert.That(html, Does.Contain("@media print"));
    }

    [Test]
    public void ARunOfTwoThousandCasesRendersInUnderThreeSeconds()
    {
        var template = SampleRun.Cases();
        var cases = Enumerable.Range(0, 2000).Select(i => template[i % 3] with { CaseId = $"case/{i}" }).ToList();
        var run = SampleRun.Create(cases);
        Render(run); // warm up

        var clock = Stopwatch.StartNew();
        var html = Render(run);
        clock.Stop();
        TestContext.Out.WriteLine($"rendered 2,000 cases in {clock.Elapsed.TotalMilliseconds:0} ms");

        Assert.That(Regex.Matches(html, "<details class=\"case "), Has.Count.EqualTo(2000));
        Assert.That(clock.Elapsed, Is.LessThan(TimeSpan.FromSeconds(3)));
    }

    private const int BodyLimit = 64 * 1024;

    [Test]
    public void TheNavigationLinksTheBaselineSectionOnlyWhenThereIsOne()
    {
        var run = SampleRun.Create();
        using var dir = new OutputDirectory();
        Directory.CreateDirectory(dir.Path);
        HtmlReportWriter.Write(run, SampleRun.Rules(), dir.File("plain.html"), DdmConformance.Reports.Gates.RunGate.Evaluate(run));
        HtmlReportWriter.Write(run, SampleRun.Rules(), dir.File("gated.html"),
            DdmConformance.Reports.Gates.RunGate.Evaluate(run, new DdmConformance.Reports.Gates.Baseline([])));
        Assert.Multiple(() =>
        {
            Assert.That(File.ReadAllText(dir.File("plain.html")), Does.Not.Contain("href=\"#gate\""), "a gate without baseline or comparison renders no section");
            Assert.That(File.ReadAllText(dir.File("gated.html")), Does.Contain("href=\"#gate\"").And.Contain("<section id=\"gate\">"));
        });
    }

    private static string Render(RunResult run)
    {
        using var dir = new OutputDirectory();
        Directory.CreateDirectory(dir.Path);
        var path = dir.File("report.html");
        HtmlReportWriter.Write(run, SampleRun.Rules(), path);
        return File.ReadAllText(path);
    }

    [GeneratedRegex("""(?:src|href|action|poster|data)\s*=\s*["']?\s*(?:https?:)?//""", RegexOptions.IgnoreCase)]
    private static partial Regex ExternalReference();
}
