using System.Xml.Linq;
using DdmConformance.Engine.Results;
using DdmConformance.Reports.Tests.Support;

namespace DdmConformance.Reports.Tests;

public sealed class JUnitXmlTests
{
    [Test]
    public void JUnitXmlParsesAndItsCountsMatchTheRun()
    {
        var root = Read(SampleRun.Create()).Root!;

        Assert.Multiple(() =>
        {
            Assert.That(root.Name.LocalName, Is.EqualTo("testsuites"));
            Assert.That((int)root.Attribute("tests")!, Is.EqualTo(3));
            Assert.That((int)root.Attribute("failures")!, Is.EqualTo(1));
            Assert.That((int)root.Attribute("skipped")!, Is.EqualTo(1));
            Assert.That((double)root.Attribute("time")!, Is.EqualTo(12.5));
            Assert.That(root.Descendants("testcase").Count(), Is.EqualTo(3));
        });
    }

    [Test]
    public void EachExercisedOperationIsASuiteNamedByIdMethodAndPath()
    {
        var suites = Read(SampleRun.Create()).Root!.Elements("testsuite").ToList();

        Assert.That(suites.Select(s => (string)s.Attribute("name")!), Is.EqualTo(new[]
        {
            "createInstance (POST /v1/{project_id}/instances)",
            "listInstances (GET /v1/{project_id}/instances)",
        }));
        Assert.That((int)suites[0].Attribute("tests")!, Is.EqualTo(2));
        Assert.That((int)suites[0].Attribute("failures")!, Is.EqualTo(1));
    }

    [Test]
    public void TestCasesAreClassifiedByApiAndOperationAndNamedByTheirSentence()
    {
        var first = Read(SampleRun.Create()).Descendants("testcase").First();

        Assert.That((string)first.Attribute("classname")!, Is.EqualTo("Ddm.createInstance"));
        Assert.That((string)first.Attribute("name")!, Is.EqualTo("POST /v1/{project_id}/instances with the documented pay-per-use example yields 200"));
        Assert.That((double)first.Attribute("time")!, Is.EqualTo(0.05));
    }

    [Test]
    public void AFailureCarriesEveryDeviationWithExpectedActualAndSection()
    {
        var failure = Read(SampleRun.Create()).Descendants("failure").Single();
        var message = (string)failure.Attribute("message")!;

        Assert.Multiple(() =>
        {
            Assert.That(message, Does.Contain("status").And.Contain("expected 400").And.Contain("actual 200").And.Contain("4.2.1"));
            Assert.That(failure.Value, Does.Contain("DBS.280001").And.Contain("(no error body)"));
            Assert.That(failure.Value, Does.Contain("expected: 400").And.Contain("actual:   200"));
            Assert.That(failure.Value, Does.Contain("section:  4.2.1"));
        });
    }

    [Test]
    public void ASkippedCaseCarriesItsReason()
    {
        var skipped = Read(SampleRun.Create()).Descendants("skipped").Single();

        Assert.That((string)skipped.Attribute("message")!, Is.EqualTo("no instance could be created before listing"));
    }

    [Test]
    public void ControlCharactersAndMarkupFromTheTargetStillYieldWellFormedXml()
    {
        var cases = SampleRun.Cases().ToList();
        cases[1] = cases[1] with { Checks = [new CheckResult("body", false, "<ok/> & \"fine\"", "bad\u0001byte\u0000 </failure>")] };

        var failure = Read(SampleRun.Create(cases)).Descendants("failure").Single();

        Assert.That(failure.Value, Does.Contain("<ok/> & \"fine\"").And.Contain("</failure>"));
    }

    [Test]
    public void AnAbortedRunShowsAsAnErrorInCi()
    {
        var root = Read(SampleRun.Create(SampleRun.Cases().Take(1).ToList(), aborted: "deadline reached")).Root!;

        Assert.That((int)root.Attribute("errors")!, Is.EqualTo(1));
        Assert.That((string)root.Descendants("error").Single().Attribute("message")!, Is.EqualTo("deadline reached"));
    }

    private static XDocument Read(RunResult run)
    {
        using var dir = new OutputDirectory();
        Directory.CreateDirectory(dir.Path);
        var path = dir.File("junit.xml");
        JUnitWriter.Write(run, path);
        return XDocument.Load(path);
    }
}
