using System.Text.Json;
using DdmConformance.Engine.Results;
using DdmConformance.Reports.Tests.Support;
using DdmConformance.Reports.Tests.Support.Browser;

namespace DdmConformance.Reports.Tests;

/// <summary>
/// report.html as a person sees it, in a real headless Chromium: the report of a real run against the
/// bundled target with three injected deviations. Assertions read rendered text (<c>innerText</c>) and
/// visibility, and interactions are mouse clicks. Screenshots land in the test output (browser/*.png).
/// </summary>
[TestFixture]
[Category("Browser")]
[NonParallelizable] // one browser, one page: the tests take turns driving it
public sealed class BrowserReportTests
{
    private RunResult run = null!;
    private string reportUrl = "";
    private string shots = "";
    private HeadlessChromium browser = null!;

    [OneTimeSetUp]
    public async Task RunTheSuiteAndStartTheBrowser()
    {
        // Chromium first: a missing browser should fail (or be installed) before the run's seconds are spent.
        ChromiumInstallation.Require();
        run = await ReferenceRun.OnceAsync(ReferenceRun.ThreeDeviations);
        var output = Path.Combine(TestContext.CurrentContext.WorkDirectory, "browser");
        shots = output;
        ReportSet.WriteAll(run, output);
        reportUrl = new Uri(Path.Combine(output, ReportSet.HtmlFileName)).AbsoluteUri;
        browser = await HeadlessChromium.StartAsync();
    }

    [OneTimeTearDown]
    public async Task StopTheBrowser()
    {
        if (browser is not null) await browser.DisposeAsync();
    }

    [Test]
    public async Task TheVerdictAndTheRunsFiguresAreAtTheTopOfThePage()
    {
        await browser.NavigateAsync(reportUrl);
        await Screenshot("report-top.png");

        var verdict = await browser.TextAsync("document.getElementById('verdict').innerText");
        var top = (await browser.EvaluateAsync("document.getElementById('verdict').getBoundingClientRect().top"))!.GetValue<double>();
        var header = await browser.TextAsync("document.querySelector('header').innerText");
        Assert.Multiple(() =>
        {
            Assert.That(verdict, Is.EqualTo("DEVIATIONS"));
            Assert.That(top, Is.LessThan(300), "the verdict is above the fold");
            Assert.That(header, Does.Contain("Target").And.Contain("Mode").And.Contain("Spec").And.Contain("Date"));
            Assert.That(header, Does.Contain("documented examples replayed / documented").And.Contain("operations exercised / total")
                .And.Contain("A.3 error codes provoked / provokable / total").And.Contain("static-analysis findings"));
        });
    }

    [Test]
    public async Task FollowingADeviationShowsItsDiffTheDocumentSectionAndACurlCommand()
    {
        await browser.NavigateAsync(reportUrl);
        // The deviation list/drops-instance-num causes: listInstances' documented example lacks instance_num.
        var caseId = await Mark("tr.dev[data-check='paired-example'][data-search*='listinstances/example/'] a", "probe-link");
        await browser.ClickAsync("#probe-link");
        await Screenshot("deviation.png");

        var open = (await browser.EvaluateAsync($"document.getElementById({Js(caseId)}).open"))!.GetValue<bool>();
        var seen = await browser.TextAsync($"document.getElementById({Js(caseId)}).innerText");
        var missingRowVisible = (await browser.EvaluateAsync($"(() => {{ const r = document.getElementById({Js(caseId)}).querySelector('tr.d-missing.flagged'); return !!r && r.checkVisibility(); }})()"))!.GetValue<bool>();
        Assert.Multiple(() =>
        {
            Assert.That(open, Is.True, "the link opened the case");
            Assert.That(missingRowVisible, Is.True, "the diff row of the missing field is on screen");
            Assert.That(seen, Does.Contain("Deviation: paired-example"));
            // Headings are upper-cased by the stylesheet, and innerText shows them as rendered.
            Assert.That(seen, Does.Contain("Field-level diff").IgnoreCase.And.Contain("instance_num").And.Contain("missing"));
            Assert.That(seen, Does.Contain("What the reference says").IgnoreCase.And.Contain("Number of DDM instances of a tenant"), "the table row is quoted");
            Assert.That(seen, Does.Contain("Documented response example 'ok'"));
            Assert.That(seen, Does.Contain("Reproduce with curl").IgnoreCase.And.Contain("curl -sS -i").And.Contain("${DDM_TOKEN}"));
            Assert.That(seen, Does.Contain("Request and response the failure is about"));
        });
    }

    [Test]
    public async Task EachInjectedDeviationIsListedWithItsSection()
    {
        await browser.NavigateAsync(reportUrl);
        var table = await browser.TextAsync("document.getElementById('deviations').innerText");
        Assert.Multiple(() =>
        {
            Assert.That(table, Does.Contain("instance_num is missing"), "list-drops-instance-num");
            Assert.That(table, Does.Contain("documented success status 200").And.Contain("201"), "versions-wrong-status");
            Assert.That(table, Does.Contain("update-persists"), "rename-ignored");
            Assert.That(table, Does.Contain("§4.1.1").And.Contain("§4.2.2"));
        });
    }

    [Test]
    public async Task DeviationsOnlyHidesThePassingCasesAPersonWasLookingAt()
    {
        await browser.NavigateAsync(reportUrl);
        await browser.ClickAsync("#op-listInstances > summary");
        var passing = await Mark("#op-listInstances details.case.passed", "probe-passing");
        var failing = await Mark("#op-listInstances details.case.failed", "probe-failing");
        var before = await Visible(passing);

        await browser.ClickAsync("#deviations-only");
        await browser.EvaluateAsync("document.getElementById('op-listInstances').scrollIntoView()");
        await Screenshot("deviations-only.png");

        var checkedBox = (await browser.EvaluateAsync("document.getElementById('deviations-only').checked"))!.GetValue<bool>();
        var visiblePassing = (await browser.EvaluateAsync("Array.from(document.querySelectorAll('details.case.passed')).filter(c => c.checkVisibility()).length"))!.GetValue<int>();
        var opText = await browser.TextAsync("document.getElementById('op-listInstances').innerText");
        var passingName = await browser.TextAsync("document.querySelector('#probe-passing .case-name').textContent");
        var passingAfter = await Visible(passing);
        var failingAfter = await Visible(failing);
        Assert.Multiple(() =>
        {
            Assert.That(before, Is.True, "the passing case was on screen before filtering");
            Assert.That(checkedBox, Is.True);
            Assert.That(passingAfter, Is.False, "the passing case is hidden");
            Assert.That(visiblePassing, Is.Zero, "no passing case anywhere on screen");
            Assert.That(failingAfter, Is.True, "the failed case stays");
            Assert.That(opText, Does.Not.Contain(passingName));
        });
    }

    [Test]
    public async Task AChapterAndCheckInTheAddressFilterWithoutAServer()
    {
        await browser.NavigateAsync(reportUrl + "?chapter=4.1&check=status");
        var visibleOps = await browser.EvaluateAsync("Array.from(document.querySelectorAll('details.op')).filter(o => o.checkVisibility()).map(o => o.id)");
        var deviationRows = await browser.EvaluateAsync("Array.from(document.querySelectorAll('tr.dev')).filter(r => r.checkVisibility()).map(r => r.dataset.check)");
        Assert.Multiple(() =>
        {
            Assert.That(visibleOps!.AsArray().Select(n => n!.GetValue<string>()), Is.EqualTo(new[] { "op-listApiVersions" }));
            Assert.That(deviationRows!.AsArray().Select(n => n!.GetValue<string>()), Is.Not.Empty.And.All.EqualTo("status"));
        });
    }

    [Test]
    public async Task PrintedTheReportHidesTheControlsAndExpandsEveryFailure()
    {
        await browser.NavigateAsync(reportUrl);
        await browser.EvaluateAsync("window.dispatchEvent(new Event('beforeprint'))");
        await browser.EmulatePrintAsync(true);
        try
        {
            await browser.EvaluateAsync("document.getElementById('deviations').scrollIntoView()");
            await Screenshot("printed.png");
            var toolbarShown = (await browser.EvaluateAsync("document.getElementById('toolbar').checkVisibility()"))!.GetValue<bool>();
            var closedFailures = (await browser.EvaluateAsync("Array.from(document.querySelectorAll('details.case.failed')).filter(c => !c.open).length"))!.GetValue<int>();
            var curlShown = (await browser.EvaluateAsync("document.querySelector('details.case.failed pre.curl').checkVisibility()"))!.GetValue<bool>();
            Assert.Multiple(() =>
            {
                Assert.That(toolbarShown, Is.False, "filters mean nothing on paper");
                Assert.That(closedFailures, Is.Zero, "every failed case is printed in full");
                Assert.That(curlShown, Is.True);
            });
        }
        finally
        {
            await browser.EmulatePrintAsync(false);
        }
    }

    /// <summary>Gives the first element matching <paramref name="selector"/> an id and returns the id of its case (or its own).</summary>
    private async Task<string> Mark(string selector, string id)
    {
        var result = await browser.TextAsync($$"""
            (() => { const el = document.querySelector({{Js(selector)}}); if (!el) return "";
                     el.id = {{Js(id)}};
                     const href = el.getAttribute('href'); return href ? href.slice(1) : el.id; })()
            """);
        Assert.That(result, Is.Not.Empty, $"the report has no element matching {selector}");
        return result;
    }

    private async Task<bool> Visible(string id)
        => (await browser.EvaluateAsync($"document.getElementById({Js(id)}).checkVisibility()"))!.GetValue<bool>();

    private async Task Screenshot(string name)
    {
        var path = Path.Combine(shots, name);
        await browser.ScreenshotAsync(path);
        TestContext.AddTestAttachment(path);
        TestContext.Out.WriteLine("screenshot: " + path);
    }

    private static string Js(string s) => JsonSerializer.Serialize(s);
}
