using System.Text.Json;
using DdmConformance.Reports.Tests.Support;

namespace DdmConformance.Reports.Tests;

public sealed class SummaryJsonTests
{
    [Test]
    public void SummaryCarriesTheContractFieldsWithTheRunsCounts()
    {
        var root = Read(SampleRun.Create());

        Assert.Multiple(() =>
        {
            Assert.That(root.GetProperty("target").GetString(), Is.EqualTo("http://127.0.0.1:5099"));
            Assert.That(root.GetProperty("mode").GetString(), Is.EqualTo("full"));
            Assert.That(root.GetProperty("cases").GetInt32(), Is.EqualTo(3));
            Assert.That(root.GetProperty("passed").GetInt32(), Is.EqualTo(1));
            Assert.That(root.GetProperty("failed").GetInt32(), Is.EqualTo(1));
            Assert.That(root.GetProperty("skipped").GetInt32(), Is.EqualTo(1));
            Assert.That(root.GetProperty("requests").GetInt32(), Is.EqualTo(7));
            Assert.That(root.GetProperty("verdict").GetString(), Is.EqualTo("deviations"));
            Assert.That(root.GetProperty("durationSeconds").GetDouble(), Is.EqualTo(12.5));
        });
    }

    [Test]
    public void SummaryRecordsHowManyLanesCouldRunAtOnce()
    {
        Assert.Multiple(() =>
        {
            Assert.That(Read(SampleRun.Create() with { Parallelism = 3 }).GetProperty("parallelism").GetInt32(), Is.EqualTo(3));
            Assert.That(Read(SampleRun.Create()).GetProperty("parallelism").GetInt32(), Is.EqualTo(1), "a run that set none ran one lane at a time");
        });
    }

    [Test]
    public void EveryOperationOfEveryApiHasAnEntryAlsoWithoutCases()
    {
        var operations = Read(SampleRun.Create()).GetProperty("operations");

        Assert.That(operations.EnumerateObject().Select(p => p.Name), Is.EquivalentTo(new[] { "createInstance", "deleteInstance", "listInstances" }));
        var create = operations.GetProperty("createInstance");
        var delete = operations.GetProperty("deleteInstance");
        Assert.Multiple(() =>
        {
            Assert.That(create.GetProperty("section").GetString(), Is.EqualTo("4.2.1"));
            Assert.That(create.GetProperty("method").GetString(), Is.EqualTo("POST"));
            Assert.That(create.GetProperty("path").GetString(), Is.EqualTo("/v1/{project_id}/instances"));
            Assert.That(create.GetProperty("cases").GetInt32(), Is.EqualTo(2));
            Assert.That(create.GetProperty("passed").GetInt32(), Is.EqualTo(1));
            Assert.That(create.GetProperty("failed").GetInt32(), Is.EqualTo(1));
            Assert.That(create.GetProperty("skipped").GetInt32(), Is.EqualTo(0));
            Assert.That(delete.GetProperty("cases").GetInt32(), Is.EqualTo(0));
            Assert.That(operations.GetProperty("listInstances").GetProperty("skipped").GetInt32(), Is.EqualTo(1));
        });
    }

    [Test]
    public void EachDeviationNamesOperationCaseCheckExpectedActualAndSection()
    {
        var deviations = Read(SampleRun.Create()).GetProperty("deviations").EnumerateArray().ToList();

        // The warning-only check of the failed case is not a deviation.
        Assert.That(deviations, Has.Count.EqualTo(2));
        var status = deviations[0];
        Assert.Multiple(() =>
        {
            Assert.That(status.GetProperty("operation").GetString(), Is.EqualTo("POST /v1/{project_id}/instances"));
            Assert.That(status.GetProperty("case").GetString(), Is.EqualTo("createInstance/error/missingName"));
            Assert.That(status.GetProperty("check").GetString(), Is.EqualTo("status"));
            Assert.That(status.GetProperty("expected").GetString(), Is.EqualTo("400"));
            Assert.That(status.GetProperty("actual").GetString(), Is.EqualTo("200"));
            Assert.That(status.GetProperty("section").GetString(), Is.EqualTo("4.2.1"));
            Assert.That(deviations[1].GetProperty("check").GetString(), Is.EqualTo("error code"));
        });
    }

    [Test]
    public void CoverageCountsDocumentedExamplesOperationsAndErrorCodes()
    {
        var coverage = Read(SampleRun.Create()).GetProperty("coverage");

        Assert.Multiple(() =>
        {
            Assert.That(coverage.GetProperty("examplesDocumented").GetInt32(), Is.EqualTo(4));
            Assert.That(coverage.GetProperty("examplesReplayed").GetInt32(), Is.EqualTo(1), "the skipped example was not replayed");
            Assert.That(coverage.GetProperty("operationsTotal").GetInt32(), Is.EqualTo(3));
            Assert.That(coverage.GetProperty("operationsExercised").GetInt32(), Is.EqualTo(1));
            Assert.That(coverage.GetProperty("errorCodesTotal").GetInt32(), Is.EqualTo(3));
            Assert.That(coverage.GetProperty("errorCodesProvokable").GetInt32(), Is.EqualTo(2));
            Assert.That(coverage.GetProperty("errorCodesUntriggerable").GetInt32(), Is.EqualTo(1));
        });
    }

    [Test]
    public void FindingsAreCountedPerRule()
    {
        var findings = Read(SampleRun.Create()).GetProperty("findings");

        Assert.That(findings.GetProperty("total").GetInt32(), Is.EqualTo(3));
        Assert.That(findings.GetProperty("byRule").GetProperty("DDM0002").GetInt32(), Is.EqualTo(2));
        Assert.That(findings.GetProperty("byRule").GetProperty("DDM0005").GetInt32(), Is.EqualTo(1));
    }

    [Test]
    public void AnAbortedRunIsReportedAsAbortedEvenWhenEveryCaseThatRanPassed()
    {
        var passedOnly = SampleRun.Cases().Take(1).ToList();
        var root = Read(SampleRun.Create(passedOnly, aborted: "target unreachable: connection refused", unreachable: true));

        Assert.Multiple(() =>
        {
            Assert.That(root.GetProperty("verdict").GetString(), Is.EqualTo("aborted"));
            Assert.That(root.GetProperty("aborted").GetString(), Does.Contain("connection refused"));
            Assert.That(root.GetProperty("targetUnreachable").GetBoolean(), Is.True);
        });
    }

    [Test]
    public void ARunWithoutFailuresIsConformant()
    {
        var root = Read(SampleRun.Create(SampleRun.Cases().Take(1).ToList()));

        Assert.That(root.GetProperty("verdict").GetString(), Is.EqualTo("conformant"));
        Assert.That(root.GetProperty("deviations").GetArrayLength(), Is.Zero);
    }

    [Test]
    public void AnOperationIdSharedByTwoApisKeepsItsPlainKeyForTheFirstApi()
    {
        var other = SampleRun.Ddm();
        var das = new Api.Catalog.ApiDescriptor
        {
            Name = "Das", SpecFile = "das.openapi.yaml", Title = "DAS", Version = "v3", DocSource = "000.txt",
            Operations = other.Operations.Take(1).ToList(), ErrorCodes = [], Findings = [],
        };
        var run = SampleRun.Create() with { Apis = [SampleRun.Ddm(), das] };

        var operations = Read(run).GetProperty("operations");

        Assert.That(operations.GetProperty("createInstance").GetProperty("api").GetString(), Is.EqualTo("Ddm"));
        Assert.That(operations.GetProperty("Das.createInstance").GetProperty("api").GetString(), Is.EqualTo("Das"));
    }

    private static JsonElement Read(Engine.Results.RunResult run)
    {
        using var dir = new OutputDirectory();
        Directory.CreateDirectory(dir.Path);
        var path = dir.File("summary.json");
        SummaryWriter.Write(run, path);
        using var doc = JsonDocument.Parse(File.ReadAllText(path));
        return doc.RootElement.Clone();
    }
}
