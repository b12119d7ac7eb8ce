using DdmConformance.Generator.Tests.Support;
using Microsoft.CodeAnalysis;

namespace DdmConformance.Generator.Tests;

/// <summary>
/// The code emitted for Specs/sample.openapi.yaml (a spec using every construct the generator handles)
/// is exactly the checked-in code under Expected/, and it compiles.
/// </summary>
public sealed class SnapshotTests
{
    private static readonly string[] EmittedFiles =
        ["Sample.Models.g.cs", "Sample.Requests.g.cs", "Sample.Catalog.g.cs", "ApiCatalog.g.cs"];

    private GeneratorRun run = null!;

    [OneTimeSetUp]
    public void RunGeneratorOverTheSample() => run = GeneratorHarness.Run(SampleSpec.Load());

    [TestCaseSource(nameof(EmittedFiles))]
    public void EmittedFileMatchesItsSnapshot(string hintName)
    {
        Assert.That(run.Sources, Does.ContainKey(hintName), "the generator did not emit " + hintName);
        Snapshot.Match(run.Sources[hintName], hintName);
    }

    [Test]
    public void TheSampleSpecEmitsExactlyModelsRequestsCatalogAndTheIndex()
        => Assert.That(run.Sources.Keys, Is.EquivalentTo(EmittedFiles));

    [Test]
    public void TheEmittedCodeCompilesWithTheRuntimeTypes()
    {
        Assert.That(run.Result.Exception, Is.Null);
        var errors = run.CompilationProblems();
        Assert.That(errors, Is.Empty, GeneratorRun.Describe(errors));
    }

    [Test]
    public void TheEmittedCodeCompilesWithoutWarnings()
    {
        var warnings = run.CompilationProblems(DiagnosticSeverity.Warning);
        Assert.That(warnings, Is.Empty, GeneratorRun.Describe(warnings));
    }
}
