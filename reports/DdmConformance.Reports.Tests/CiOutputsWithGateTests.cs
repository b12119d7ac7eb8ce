using System.Text.Json;
using System.Xml.Linq;
using DdmConformance.Engine.Results;
using DdmConformance.Reports.Gates;
using DdmConformance.Reports.Tests.Support;

namespace DdmConformance.Reports.Tests;

/// <summary>summary.json and junit.xml with the additions CI reads: coverage detail, case outcomes, the baseline's verdict.</summary>
public sealed class CiOutputsWithGateTests
{
    [Test]
    public void SummaryCarriesSpecsCaseOutcomesProvokedCodesAndFindingsByFamily()
    {
        var root = Summary(EvidenceRun.Create());

        Assert.Multiple(() =>
        {
            Assert.That(root.GetProperty("specs")[0].GetProperty("version").GetString(), Is.EqualTo("2026-05-30"));
            Assert.That(root.GetProperty("caseOutcomes").GetProperty(EvidenceRun.ListCase).GetString(), Is.EqualTo("failed"));
            Assert.That(root.GetProperty("caseOutcomes").GetProperty(EvidenceRun.ProvokedCase).GetString(), Is.EqualTo("passed"));
            Assert.That(root.GetProperty("coverage").GetProperty("errorCodesProvoked").GetInt32(), Is.EqualTo(1));
            Assert.That(root.GetProperty("findings").GetProperty("byFamily").GetProperty("ExamplesVsSchemas").GetInt32(), Is.EqualTo(1));
            Assert.That(root.TryGetProperty("baseline", out _), Is.False, "no baseline, no baseline object");
            Assert.That(root.GetProperty("aborted").ValueKind, Is.EqualTo(JsonValueKind.Null), "contract fields stay, null or not");
        });
    }

    [Test]
    public void SummaryRecordsTheBaselinesVerdict()
    {
        var run = EvidenceRun.Create();
        var gate = RunGate.Evaluate(run, new Baseline([Entry(EvidenceRun.CreateErrorCase, "error-code"), Entry("gone/case", "status")], "b.json"));

        var baseline = Summary(run, gate).GetProperty("baseline");

        Assert.Multiple(() =>
        {
            Assert.That(baseline.GetProperty("file").GetString(), Is.EqualTo("b.json"));
            Assert.That(baseline.GetProperty("passed").GetBoolean(), Is.False);
            Assert.That(baseline.GetProperty("known").GetInt32(), Is.EqualTo(1));
            Assert.That(baseline.GetProperty("new").GetArrayLength(), Is.EqualTo(2));
            Assert.That(baseline.GetProperty("notChecked")[0].GetProperty("case").GetString(), Is.EqualTo("gone/case"));
        });
    }

    [Test]
    public void InJUnitAFailureTheBaselineAcceptsIsSkippedAsKnown()
    {
        var run = EvidenceRun.Create();
        var gate = RunGate.Evaluate(run, new Baseline([Entry(EvidenceRun.CreateErrorCase, "error-code")], "b.json"));

        var root = JUnit(run, gate).Root!;
        var known = root.Descendants("testcase").Single(t => ((string)t.Attribute("name")!).Contains(EvidenceRun.CreateErrorCase));

        Assert.Multiple(() =>
        {
            Assert.That((string)known.Element("skipped")!.Attribute("message")!, Does.StartWith("known deviation (baseline): accepted for the test"));
            Assert.That(known.Element("failure"), Is.Null);
            Assert.That(known.Element("system-out")!.Value, Does.Contain("expected: error code DBS.280001"));
            Assert.That((int)root.Attribute("failures")!, Is.EqualTo(1), "only the list case still fails");
            Assert.That((int)root.Attribute("skipped")!, Is.EqualTo(1));
        });
    }

    [Test]
    public void InJUnitABaselineEntryThatNoLongerOccursIsAFailingTestCase()
    {
        var run = EvidenceRun.Create();
        var gate = RunGate.Evaluate(run, new Baseline([Entry(EvidenceRun.ProvokedCase, "error-code")], "b.json"));

        var suite = JUnit(run, gate).Root!.Elements("testsuite").Single(s => (string)s.Attribute("name")! == "baseline");

        Assert.That((string)suite.Descendants("failure").Single().Attribute("message")!,
            Is.EqualTo($"{EvidenceRun.ProvokedCase} [error-code] no longer occurs: remove it from the baseline"));
    }

    private static BaselineEntry Entry(string caseId, string check) => new(caseId, check, "", "", "accepted for the test", null, "", "");

    private static JsonElement Summary(RunResult run, RunGate? gate = null)
    {
        using var dir = new OutputDirectory();
        Directory.CreateDirectory(dir.Path);
        var path = dir.File("summary.json");
        SummaryWriter.Write(run, path, gate);
        using var doc = JsonDocument.Parse(File.ReadAllText(path));
        return doc.RootElement.Clone();
    }

    private static XDocument JUnit(RunResult run, RunGate gate)
    {
        using var dir = new OutputDirectory();
        Directory.CreateDirectory(dir.Path);
        var path = dir.File("junit.xml");
        JUnitWriter.Write(run, path, gate);
        return XDocument.Load(path);
    }
}
