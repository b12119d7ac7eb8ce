using DdmConformance.Generator.Tests.Support;
using Microsoft.CodeAnalysis;

namespace DdmConformance.Generator.Tests;

/// <summary>
/// The generator copes with every spec the repository has, including the full DDM document the
/// fragments in spec/fragments/ will become: no crash, no unreadable file, only spec findings
/// (DDM0002–DDM0006) as warnings, and emitted code that compiles.
/// </summary>
public sealed class RepositorySpecTests
{
    private const string MergedFragmentsName = "ddm.openapi.yaml";

    private static readonly string[] SpecFindingIds = ["DDM0002", "DDM0003", "DDM0004", "DDM0005", "DDM0006"];

    public static IEnumerable<TestCaseData> Specs()
    {
        foreach (var file in RepositorySpecFiles())
            yield return new TestCaseData(file)
                .SetName("The generator handles " + Path.GetRelativePath(RepositoryLayout.Root, file).Replace('\\', '/'));
        if (FragmentsExist)
            yield return new TestCaseData(MergedFragmentsPath)
                .SetName("The generator handles spec/fragments/*.yaml merged into one document");
    }

    [TestCaseSource(nameof(Specs))]
    public void SpecGeneratesCompilingCodeWithOnlySpecFindings(string path)
    {
        var run = GeneratorHarness.Run(Load(path));
        Report(run);

        Assert.That(run.Result.Exception, Is.Null, "the generator threw");
        var unexpected = run.Diagnostics.Where(d => !SpecFindingIds.Contains(d.Id) || d.Severity != DiagnosticSeverity.Warning).ToList();
        Assert.That(unexpected, Is.Empty, "only spec findings (DDM0002–DDM0006, warnings) are expected:\n" + string.Join("\n", unexpected));
        Assert.That(run.Sources.Keys, Has.Some.EndsWith(".Catalog.g.cs"), "no catalog emitted");
        var errors = run.CompilationProblems();
        Assert.That(errors, Is.Empty, "the emitted code does not compile:\n" + GeneratorRun.Describe(errors));
    }

    [Test]
    public void AllRepositorySpecsCompileTogether()
    {
        // One compilation holds every API (as in DdmConformance.Api): names must not collide across specs.
        var run = GeneratorHarness.Run(RepositorySpecFiles().Select(Load).ToArray());

        Assert.That(run.Result.Exception, Is.Null);
        var errors = run.CompilationProblems();
        Assert.That(errors, Is.Empty, GeneratorRun.Describe(errors));
    }

    [Test]
    public void TheMergedFragmentsHoldAllOperationsOfTheFullDocument()
    {
        RequireFragments();
        var run = GeneratorHarness.Run(Load(MergedFragmentsPath));
        var catalog = run.Sources["Ddm.Catalog.g.cs"];
        var operations = catalog.Split('\n').Count(l => l.TrimStart().StartsWith("private static global::DdmConformance.Api.Catalog.OperationDescriptor Operation", StringComparison.Ordinal));
        Assert.That(operations, Is.EqualTo(108), "the DDM reference documents 108 operations (chapter 4)");
    }

    [Test]
    public void FragmentsDoNotDefineTheSameThingTwiceDifferently()
    {
        RequireFragments();
        var (_, conflicts) = SpecFragmentMerger.Merge(Path.Combine(RepositoryLayout.SpecDirectory, "fragments"));
        Assert.That(conflicts, Is.Empty, string.Join("\n", conflicts));
    }

    // spec/fragments/ holds transcriptions not yet folded into spec/; once they are, these cases go away.
    private static IEnumerable<string> RepositorySpecFiles()
    {
        var sideApis = Path.Combine(RepositoryLayout.SpecDirectory, "fragments", "side-apis");
        return Directory.GetFiles(RepositoryLayout.SpecDirectory, "*.openapi.yaml")
            .Concat(Directory.Exists(sideApis) ? Directory.GetFiles(sideApis, "*.openapi.yaml") : [])
            .OrderBy(f => f, StringComparer.Ordinal);
    }

    private static bool FragmentsExist
        => File.Exists(Path.Combine(RepositoryLayout.SpecDirectory, "fragments", SpecFragmentMerger.RootFragment));

    private static void RequireFragments()
    {
        if (!FragmentsExist) Assert.Ignore("spec/fragments/ has been folded into spec/: nothing to merge");
    }

    private static string MergedFragmentsPath => Path.Combine(RepositoryLayout.SpecDirectory, "fragments", MergedFragmentsName);

    private static InMemorySpec Load(string path)
        => path == MergedFragmentsPath
            ? new InMemorySpec(path, SpecFragmentMerger.Merge(Path.GetDirectoryName(path)!).Yaml)
            : new InMemorySpec(path, File.ReadAllText(path));

    private static void Report(GeneratorRun run)
    {
        TestContext.Out.WriteLine("Findings by rule: " + string.Join(", ",
            run.Diagnostics.GroupBy(d => d.Id).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => $"{g.Key} × {g.Count()}")));
        foreach (var d in run.Diagnostics.Take(200))
            TestContext.Out.WriteLine($"  {d.Id} line {d.Location.GetLineSpan().StartLinePosition.Line + 1}: {d.GetMessage(System.Globalization.CultureInfo.InvariantCulture)}");
        var warnings = run.CompilationProblems(DiagnosticSeverity.Warning).Where(d => d.Severity == DiagnosticSeverity.Warning).ToList();
        if (warnings.Count > 0) TestContext.Out.WriteLine("Compiler warnings in the emitted code:\n" + GeneratorRun.Describe(warnings));
    }
}
