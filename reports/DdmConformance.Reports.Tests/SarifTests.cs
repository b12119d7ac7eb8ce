using System.Text.Json;
using DdmConformance.Api.Catalog;
using DdmConformance.Reports.Tests.Support;

namespace DdmConformance.Reports.Tests;

public sealed class SarifTests
{
    [Test]
    public void SarifIsVersion210WithOneRunAndTheRuleCatalogue()
    {
        var root = Read([SampleRun.Ddm()]);
        var run = root.GetProperty("runs").EnumerateArray().Single();
        var driver = run.GetProperty("tool").GetProperty("driver");
        var rules = driver.GetProperty("rules").EnumerateArray().ToList();

        Assert.Multiple(() =>
        {
            Assert.That(root.GetProperty("version").GetString(), Is.EqualTo("2.1.0"));
            Assert.That(driver.GetProperty("name").GetString(), Is.EqualTo("DdmConformance"));
            Assert.That(rules.Select(r => r.GetProperty("id").GetString()), Is.EqualTo(new[] { "DDM0002", "DDM0005", "DDM0001" }));
            Assert.That(rules[0].GetProperty("shortDescription").GetProperty("text").GetString(), Is.EqualTo("Documented example does not conform to its schema"));
            Assert.That(rules[0].GetProperty("name").GetString(), Is.EqualTo("DocumentedExampleDoesNotConformToItsSchema"));
            Assert.That(rules[0].GetProperty("properties").GetProperty("family").GetString(), Is.EqualTo("ExamplesVsSchemas"));
            Assert.That(rules[2].GetProperty("defaultConfiguration").GetProperty("level").GetString(), Is.EqualTo("error"));
        });
    }

    [Test]
    public void EachFindingIsAResultNamingItsRuleOperationAndDocSection()
    {
        var results = Results(Read([SampleRun.Ddm()]));

        Assert.That(results, Has.Count.EqualTo(3));
        var first = results[0];
        Assert.Multiple(() =>
        {
            Assert.That(first.GetProperty("ruleId").GetString(), Is.EqualTo("DDM0002"));
            Assert.That(first.GetProperty("level").GetString(), Is.EqualTo("warning"));
            Assert.That(first.GetProperty("message").GetProperty("text").GetString(), Does.Contain("port is a string"));
            Assert.That(first.GetProperty("properties").GetProperty("operation").GetString(), Is.EqualTo("POST /v1/{project_id}/instances"));
            Assert.That(first.GetProperty("properties").GetProperty("docSection").GetString(), Is.EqualTo("4.2.1"));
        });
    }

    [Test]
    public void LocationsPointAtTheSpecFileAndLineRelativeToTheRepository()
    {
        var results = Results(Read([SampleRun.Ddm()], specDirectory: "./spec/"));
        var located = results[0].GetProperty("locations")[0].GetProperty("physicalLocation");
        var lineless = results[2].GetProperty("locations")[0].GetProperty("physicalLocation");

        Assert.Multiple(() =>
        {
            Assert.That(located.GetProperty("artifactLocation").GetProperty("uri").GetString(), Is.EqualTo("spec/ddm.openapi.yaml"));
            Assert.That(located.GetProperty("region").GetProperty("startLine").GetInt32(), Is.EqualTo(17));
            Assert.That(lineless.TryGetProperty("region", out _), Is.False, "a finding without a line has no region");
        });
    }

    [Test]
    public void AFindingOfAnUnknownRuleIsStillReportedAsAWarning()
    {
        var api = SampleRun.Ddm();
        var odd = new ApiDescriptor
        {
            Name = api.Name, SpecFile = api.SpecFile, Title = api.Title, Version = api.Version, DocSource = api.DocSource,
            Operations = api.Operations, ErrorCodes = api.ErrorCodes,
            Findings = [new SpecFinding("DDM9999", "new rule", "GET /x", "9.9", "ddm.openapi.yaml", 3)],
        };

        var result = Results(Read([odd])).Single();

        Assert.That(result.GetProperty("ruleId").GetString(), Is.EqualTo("DDM9999"));
        Assert.That(result.GetProperty("level").GetString(), Is.EqualTo("warning"));
        Assert.That(result.TryGetProperty("ruleIndex", out _), Is.False);
    }

    private static List<JsonElement> Results(JsonElement root)
        => root.GetProperty("runs")[0].GetProperty("results").EnumerateArray().ToList();

    private static JsonElement Read(IReadOnlyList<ApiDescriptor> apis, string specDirectory = "spec")
    {
        using var dir = new OutputDirectory();
        Directory.CreateDirectory(dir.Path);
        var path = dir.File("lint.sarif");
        SarifWriter.Write(apis, SampleRun.Rules(), specDirectory, path);
        using var doc = JsonDocument.Parse(File.ReadAllText(path));
        return doc.RootElement.Clone();
    }
}
