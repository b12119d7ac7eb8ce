using System.Text.Json;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using DdmConformance.Engine.Results;
using DdmConformance.Reports.SelfCheck;
using DdmConformance.Reports.Tests.Support;

namespace DdmConformance.Reports.Tests;

/// <summary>The mutation score of <c>run --self-check</c> in report.html, summary.json and junit.xml: caught, missed and not run alike.</summary>
public sealed class SelfCheckReportTests
{
    private static SelfCheckResult Score() => new()
    {
        UnmodifiedTargetDeviations = 0,
        Jobs = 2,
        Elapsed = TimeSpan.FromSeconds(42.5),
        Deviations =
        [
            new InjectedDeviationOutcome
            {
                Name = "status-lowercase",
                Description = "Instance status is reported in lowercase (\"running\").",
                State = InjectionState.Caught,
                CaughtBy = [new Deviation("POST /v1/{project_id}/instances", "createInstance/example/payPerUse", "async-job", "RUNNING", "running", "4.2.1")],
                CasesRun = 1,
                Elapsed = TimeSpan.FromSeconds(3.25),
            },
            new InjectedDeviationOutcome
            {
                Name = "backup-list-ignores-limit",
                Description = "Querying backups ignores <limit> and offset.",
                State = InjectionState.Missed,
                CasesRun = 3,
                Elapsed = TimeSpan.FromSeconds(11),
            },
            new InjectedDeviationOutcome
            {
                Name = "dms-conditions-ignored",
                Description = "DMS ignores its conditions.",
                State = InjectionState.NotRun,
                Note = "interrupted",
            },
        ],
    };

    [Test]
    public void TheReportShowsTheScoreAndARowPerDeviationWithMissedOnesHighlighted()
    {
        var html = Write(Score()).Html;
        var section = html[html.IndexOf("<section id=\"self-check\">", StringComparison.Ordinal)..];
        section = section[..section.IndexOf("</section>", StringComparison.Ordinal)];

        Assert.Multiple(() =>
        {
            Assert.That(section, Does.Contain("Self-check (mutation score)").And.Contain("<b class=\"score\">1/3</b>"));
            Assert.That(html, Does.Contain("id=\"self-check-chip\"").And.Contain("Self-check failed: 1/3 injected deviations caught"));
            Assert.That(html.IndexOf("id=\"self-check\"", StringComparison.Ordinal), Is.LessThan(html.IndexOf("id=\"deviations\"", StringComparison.Ordinal)), "near the top");
            Assert.That(Regex.Matches(section, "<tr class=\"sc "), Has.Count.EqualTo(3));
            Assert.That(section, Does.Contain("<tr class=\"sc caught\" data-deviation=\"status-lowercase\">"));
            Assert.That(section, Does.Contain("<tr class=\"sc missed\" data-deviation=\"backup-list-ignores-limit\">"));
            Assert.That(section, Does.Contain("<tr class=\"sc not-run\" data-deviation=\"dms-conditions-ignored\">"));
            // The catching case links to the same case of this run, where its request can be read.
            Assert.That(section, Does.Contain("<a href=\"#case-0\"><code>createInstance/example/payPerUse</code></a>"));
            Assert.That(section, Does.Contain("async-job").And.Contain("§4.2.1").And.Contain("expected RUNNING; actual running"));
            Assert.That(section, Does.Contain("no case reported a deviation"));
            Assert.That(section, Does.Contain("ignores &lt;limit&gt; and offset").And.Not.Contain("<limit>"));
            Assert.That(html, Does.Contain("tr.sc.missed td { background: var(--fail-bg); }"), "missed rows are coloured by the inline style");
        });
    }

    [Test]
    public void ASelfCheckThatCatchesEverythingSaysSo()
    {
        var all = Score() with { Deviations = [Score().Deviations[0]] };

        var html = Write(all).Html;

        Assert.Multiple(() =>
        {
            Assert.That(html, Does.Contain("Self-check passed: 1/1 injected deviations caught").And.Contain("<span class=\"badge passed\">passed</span>"));
            Assert.That(html, Does.Not.Contain("class=\"sc missed\""));
        });
    }

    [Test]
    public void SummaryJsonCarriesTheScoreAndEachDeviationsVerdict()
    {
        using var doc = JsonDocument.Parse(Write(Score()).Summary);
        var s = doc.RootElement.GetProperty("selfCheck");
        var rows = s.GetProperty("deviations").EnumerateArray().ToList();

        Assert.Multiple(() =>
        {
            Assert.That(s.GetProperty("score").GetString(), Is.EqualTo("1/3"));
            Assert.That(s.GetProperty("caught").GetInt32(), Is.EqualTo(1));
            Assert.That(s.GetProperty("total").GetInt32(), Is.EqualTo(3));
            Assert.That(s.GetProperty("passed").GetBoolean(), Is.False);
            Assert.That(s.GetProperty("seconds").GetDouble(), Is.EqualTo(42.5));
            Assert.That(rows.Select(r => r.GetProperty("name").GetString()), Is.EqualTo(new[] { "status-lowercase", "backup-list-ignores-limit", "dms-conditions-ignored" }));
            Assert.That(rows.Select(r => r.GetProperty("outcome").GetString()), Is.EqualTo(new[] { "caught", "missed", "not run" }));
            Assert.That(rows.Select(r => r.GetProperty("caught").GetBoolean()), Is.EqualTo(new[] { true, false, false }));
            Assert.That(rows[0].GetProperty("case").GetString(), Is.EqualTo("createInstance/example/payPerUse"));
            Assert.That(rows[0].GetProperty("operation").GetString(), Is.EqualTo("POST /v1/{project_id}/instances"));
            Assert.That(rows[0].GetProperty("check").GetString(), Is.EqualTo("async-job"));
            Assert.That(rows[0].GetProperty("section").GetString(), Is.EqualTo("4.2.1"));
            Assert.That(rows[0].GetProperty("casesRun").GetInt32(), Is.EqualTo(1));
            Assert.That(rows[0].GetProperty("seconds").GetDouble(), Is.EqualTo(3.25));
            Assert.That(rows[1].GetProperty("case").ValueKind, Is.EqualTo(JsonValueKind.Null));
            Assert.That(rows[2].GetProperty("note").GetString(), Is.EqualTo("interrupted"));
        });
    }

    [Test]
    public void JUnitHasASelfCheckSuiteWhereAMissedDeviationFails()
    {
        var root = XDocument.Parse(Write(Score()).JUnit).Root!;
        var suite = root.Elements("testsuite").Single(s => (string?)s.Attribute("name") == "self-check");
        var cases = suite.Elements("testcase").ToList();

        Assert.Multiple(() =>
        {
            Assert.That(cases, Has.Count.EqualTo(3));
            Assert.That((int)suite.Attribute("failures")!, Is.EqualTo(1));
            Assert.That((int)suite.Attribute("skipped")!, Is.EqualTo(1));
            Assert.That(cases[0].Element("failure"), Is.Null);
            Assert.That((string)cases[1].Attribute("name")!, Is.EqualTo("the suite catches the injected deviation 'backup-list-ignores-limit'"));
            Assert.That(cases[1].Element("failure"), Is.Not.Null);
            Assert.That(cases[2].Element("skipped"), Is.Not.Null);
            // The root adds them to the run's own counts (1 failed case, 1 skipped in the sample run).
            Assert.That((int)root.Attribute("tests")!, Is.EqualTo(3 + 3));
            Assert.That((int)root.Attribute("failures")!, Is.EqualTo(1 + 1));
            Assert.That((int)root.Attribute("skipped")!, Is.EqualTo(1 + 1));
        });
    }

    [Test]
    public void WithoutASelfCheckNoReportMentionsIt()
    {
        var written = Write(null);

        Assert.Multiple(() =>
        {
            Assert.That(written.Html, Does.Not.Contain("id=\"self-check\"").And.Not.Contain("self-check-chip"));
            Assert.That(written.Summary, Does.Not.Contain("selfCheck"));
            Assert.That(written.JUnit, Does.Not.Contain("self-check"));
        });
    }

    private static (string Html, string Summary, string JUnit) Write(SelfCheckResult? selfCheck)
    {
        using var dir = new OutputDirectory();
        var paths = ReportSet.WriteAll(SampleRun.Create(), dir.Path, selfCheck: selfCheck);
        return (File.ReadAllText(paths[0]), File.ReadAllText(paths[2]), File.ReadAllText(paths[1]));
    }
}
