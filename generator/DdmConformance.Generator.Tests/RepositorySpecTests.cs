using DdmConformance.Generator.Analysis;
using DdmConformance.Generator.Tests.Support;
using Microsoft.CodeAnalysis;

namespace DdmConformance.Generator.Tests;

/// <summary>
/// The generator copes with every spec the repository has, the full DDM document among them: no crash, no unreadable file, only documented spec findings
/// (the warnings of generator/RULES.md), and emitted code that compiles without warnings.
/// </summary>
public sealed class RepositorySpecTests
{
    private static readonly string[] SpecFindingIds = DiagnosticCatalog.All
        .Where(d => d.DefaultSeverity == DiagnosticSeverity.Warning)
        .Select(d => d.Id)
        .ToArray();

    public static IEnumerable<TestCaseData> Specs()
    {
        foreach (var file in RepositorySpecFiles())
            yield return new TestCaseData(file)
                .SetName("The generator handles " + Path.GetRelativePath(RepositoryLayout.Root, file).Replace('\\', '/'));
    }

    // The full DDM document is the slowest to generate; its tests share one run.
    private static readonly Lazy<GeneratorRun> FullDdmRun = new(() => GeneratorHarness.Run(RepositorySpecs.Load(RepositorySpecs.FullDdmPath)));

    [TestCaseSource(nameof(Specs))]
    public void SpecGeneratesCompilingCodeWithOnlySpecFindings(string path)
    {
        var run = path == RepositorySpecs.FullDdmPath ? FullDdmRun.Value : GeneratorHarness.Run(RepositorySpecs.Load(path));
        Report(run);

        Assert.That(run.Result.Exception, Is.Null, "the generator threw");
        var unexpected = run.Diagnostics.Where(d => !SpecFindingIds.Contains(d.Id) || d.Severity != DiagnosticSeverity.Warning).ToList();
        Assert.That(unexpected, Is.Empty, "only spec findings (warnings documented in generator/RULES.md) are expected:\n" + string.Join("\n", unexpected));
        Assert.That(run.Sources.Keys, Has.Some.EndsWith(".Catalog.g.cs"), "no catalog emitted");
        var problems = run.CompilationProblems(DiagnosticSeverity.Warning);
        Assert.That(problems, Is.Empty, "the emitted code does not compile cleanly:\n" + GeneratorRun.Describe(problems));
    }

    [Test]
    public void AllRepositorySpecsCompileTogether()
    {
        // One compilation holds every API (as in DdmConformance.Api): names must not collide across specs.
        var run = GeneratorHarness.Run(RepositorySpecFiles().Select(RepositorySpecs.Load).ToArray());

        Assert.That(run.Result.Exception, Is.Null);
        var errors = run.CompilationProblems();
        Assert.That(errors, Is.Empty, GeneratorRun.Describe(errors));
    }

    [Test]
    public void TheFullDdmDocumentHoldsAllOperationsOfChapter4()
    {
        var run = FullDdmRun.Value;
        var operations = run.Sources.Keys.Count(k => k.StartsWith("Ddm.Catalog.", StringComparison.Ordinal) && k != "Ddm.Catalog.g.cs");
        Assert.That(operations, Is.EqualTo(108), "the DDM reference documents 108 operations (chapter 4)");
    }

    private static IEnumerable<string> RepositorySpecFiles()
        => Directory.GetFiles(RepositoryLayout.SpecDirectory, "*.openapi.yaml").OrderBy(f => f, StringComparer.Ordinal);

    private static void Report(GeneratorRun run)
    {
        TestContext.Out.WriteLine("Findings by rule: " + string.Join(", ",
            run.Diagnostics.GroupBy(d => d.Id).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => $"{g.Key} × {g.Count()}")));
        foreach (var d in run.Diagnostics.Take(400))
            TestContext.Out.WriteLine($"  {d.Id} line {d.Location.GetLineSpan().StartLinePosition.Line + 1}: {d.GetMessage(System.Globalization.CultureInfo.InvariantCulture)}");
    }
}
