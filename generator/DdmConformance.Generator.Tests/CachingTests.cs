using System.Reflection;
using DdmConformance.Generator.Model;
using DdmConformance.Generator.Reading;
using DdmConformance.Generator.Tests.Support;
using Microsoft.CodeAnalysis;

namespace DdmConformance.Generator.Tests;

/// <summary>
/// The generator is incremental: an unchanged spec costs nothing on the next run (the IDE reruns the
/// generator on every edit anywhere in the project), and an edit regenerates only what depends on it.
/// One test per tracked step says what that step recomputes when one operation's description changes.
/// </summary>
public sealed class CachingTests
{
    private static readonly string[] TrackedSteps = typeof(SpecGenerator.Steps)
        .GetFields(BindingFlags.Public | BindingFlags.Static)
        .Where(f => f.IsLiteral)
        .Select(f => (string)f.GetRawConstantValue()!)
        .ToArray();

    private static readonly IncrementalStepRunReason[] Reused = [IncrementalStepRunReason.Cached, IncrementalStepRunReason.Unchanged];

    [Test]
    public void RerunningOnUnchangedSpecsLeavesEveryTrackedStepCached()
    {
        var first = GeneratorHarness.Run(SampleSpec.Load(), InMemorySpec.Named("other.openapi.yaml", OtherSpec));
        var second = first.Rerun();

        Assert.That(TrackedSteps, Is.Not.Empty);
        foreach (var step in TrackedSteps)
        {
            Assert.That(second.Result.TrackedSteps, Does.ContainKey(step), $"step {step} was not tracked");
            var reasons = Reasons(second, step).ToList();
            Assert.That(reasons, Is.Not.Empty, $"step {step} produced nothing");
            Assert.That(reasons, Is.All.AnyOf(Reused), $"step {step} was recomputed on unchanged input: {string.Join(", ", reasons)}");
        }
        Assert.That(second.Sources, Is.EqualTo(first.Sources));
    }

    /// <summary>What each step may recompute when the description of createWidget changes (same line count).</summary>
    private static readonly (string Step, string Expectation, Action<GeneratorRun> Check)[] AfterEditingOneOperation =
    [
        (SpecGenerator.Steps.Parse, "reparses only the edited spec", run =>
        {
            Assert.That(Reason(run, SpecGenerator.Steps.Parse, o => o is SpecParseResult r && r.Path.EndsWith("sample.openapi.yaml")), Is.EqualTo(IncrementalStepRunReason.Modified));
            Assert.That(Reason(run, SpecGenerator.Steps.Parse, o => o is SpecParseResult r && r.Path.EndsWith("other.openapi.yaml")), Is.EqualTo(IncrementalStepRunReason.Cached));
        }),
        (SpecGenerator.Steps.ApiNames, "keeps the API names", run => AssertReused(run, SpecGenerator.Steps.ApiNames)),
        (SpecGenerator.Steps.Specs, "passes on only the edited spec", run =>
            Assert.That(Reasons(run, SpecGenerator.Steps.Specs).Count(r => !Reused.Contains(r)), Is.EqualTo(1))),
        (SpecGenerator.Steps.Apis, "keeps the API catalogs", run => AssertReused(run, SpecGenerator.Steps.Apis)),
        (SpecGenerator.Steps.Paths, "keeps the path trees", run => AssertReused(run, SpecGenerator.Steps.Paths)),
        (SpecGenerator.Steps.Operations, "regenerates that operation alone", run =>
            Assert.That(Changed(run, SpecGenerator.Steps.Operations).Select(o => ((OperationUnit)o).Operation.Id), Is.EqualTo(new[] { "createWidget" }))),
        (SpecGenerator.Steps.Types, "keeps every model type", run => AssertReused(run, SpecGenerator.Steps.Types)),
        (SpecGenerator.Steps.Transport, "keeps the transport", run => AssertReused(run, SpecGenerator.Steps.Transport)),
        (SpecGenerator.Steps.Index, "keeps the index", run => AssertReused(run, SpecGenerator.Steps.Index)),
    ];

    public static IEnumerable<TestCaseData> StepsAfterEditingOneOperation()
        => AfterEditingOneOperation.Select(c => new TestCaseData(c.Step).SetName($"Editing one operation's description: step {c.Step} {c.Expectation}"));

    [TestCaseSource(nameof(StepsAfterEditingOneOperation))]
    public void EditingOneOperationsDescriptionRegeneratesOnlyWhatDependsOnIt(string step)
    {
        var sample = SampleSpec.Load();
        var first = GeneratorHarness.Run(sample, InMemorySpec.Named("other.openapi.yaml", OtherSpec));
        var second = first.RerunWith(sample, InMemorySpec.Named(SampleSpec.FileName,
            SampleSpec.Text.Replace("Creates a widget. Costs money.", "Creates a widget; it costs money.")));

        AfterEditingOneOperation.Single(c => c.Step == step).Check(second);
    }

    [Test]
    public void EveryTrackedStepHasAnEditTest()
        => Assert.That(AfterEditingOneOperation.Select(c => c.Step), Is.EquivalentTo(TrackedSteps));

    [Test]
    public void EditingOneOperationsDescriptionChangesOnlyThatOperationsFiles()
    {
        var sample = SampleSpec.Load();
        var first = GeneratorHarness.Run(sample);
        var second = first.RerunWith(sample, InMemorySpec.Named(SampleSpec.FileName,
            SampleSpec.Text.Replace("Creates a widget. Costs money.", "Creates a widget; it costs money.")));

        var changed = second.Sources.Where(s => first.Sources[s.Key] != s.Value).Select(s => s.Key);
        Assert.That(changed, Is.EquivalentTo(new[] { "Sample.Catalog.CreateWidget.g.cs", "Sample.Requests.CreateWidget.g.cs" }));
    }

    [Test]
    public void EditingOneTablesDescriptionRegeneratesThatTypeAndTheOperationsUsingIt()
    {
        var sample = SampleSpec.Load();
        var first = GeneratorHarness.Run(sample);
        var edited = SampleSpec.Text.Replace("""
                Tag:
                  type: object
            """, """
                Tag:
                  type: object
                  description: A key/value label.
            """);
        Assert.That(edited, Is.Not.EqualTo(SampleSpec.Text), "the sample's Tag table moved; adjust the edit");
        var second = first.RerunWith(sample, InMemorySpec.Named(SampleSpec.FileName, edited));

        Assert.That(Changed(second, SpecGenerator.Steps.Types).Select(o => ((TypeUnit)o).Type.Name), Is.EqualTo(new[] { "Tag" }));
        // The catalog carries each body's self-contained schema, so the operation whose body holds a Tag changes too.
        Assert.That(Changed(second, SpecGenerator.Steps.Operations).Select(o => ((OperationUnit)o).Operation.Id), Is.EqualTo(new[] { "createWidget" }));
    }

    [Test]
    public void EditingOnlyACommentRegeneratesNothing()
    {
        // The file changes, so it is parsed again; its model compares equal (value equality all the way
        // down), so nothing after the parse runs again.
        var other = InMemorySpec.Named("other.openapi.yaml", OtherSpec);
        var first = GeneratorHarness.Run(SampleSpec.Load(), other);

        var second = first.RerunWith(other, InMemorySpec.Named("other.openapi.yaml", OtherSpec + "\n# reviewed\n"));

        Assert.That(Reason(second, SpecGenerator.Steps.Parse, o => o is SpecParseResult r && r.Path.EndsWith("other.openapi.yaml")), Is.EqualTo(IncrementalStepRunReason.Unchanged));
        foreach (var step in TrackedSteps.Where(s => s != SpecGenerator.Steps.Parse)) AssertReused(second, step);
    }

    [Test]
    public void PipelineModelsCarryNoCompilerOrOpenApiObjects()
    {
        // Such objects have reference equality and would defeat caching (and keep compilations alive).
        var run = GeneratorHarness.Run(SampleSpec.Load());
        var forbidden = new[] { "Microsoft.CodeAnalysis", "Microsoft.OpenApi", "System.Text.Json.Nodes", "YamlDotNet" };
        foreach (var step in TrackedSteps)
            foreach (var output in run.Result.TrackedSteps[step].SelectMany(s => s.Outputs))
            {
                var type = output.Value.GetType();
                Assert.That(forbidden.Any(f => (type.FullName ?? "").Contains(f, StringComparison.Ordinal)), Is.False,
                    $"step {step} outputs a {type.FullName}");
            }
    }

    private static IEnumerable<IncrementalStepRunReason> Reasons(GeneratorRun run, string step)
        => run.Result.TrackedSteps[step].SelectMany(s => s.Outputs).Select(o => o.Reason);

    private static IEnumerable<object> Changed(GeneratorRun run, string step)
        => run.Result.TrackedSteps[step].SelectMany(s => s.Outputs).Where(o => !Reused.Contains(o.Reason)).Select(o => o.Value);

    private static IncrementalStepRunReason Reason(GeneratorRun run, string step, Func<object, bool> which)
        => run.Result.TrackedSteps[step].SelectMany(s => s.Outputs).Where(o => which(o.Value)).Select(o => o.Reason).Single();

    private static void AssertReused(GeneratorRun run, string step)
    {
        var reasons = Reasons(run, step).ToList();
        Assert.That(reasons, Is.All.AnyOf(Reused), $"step {step} recomputed: {string.Join(", ", reasons)}");
    }

    private const string OtherSpec = """
        openapi: 3.0.3
        info:
          title: Other
          version: '1'
        paths:
          /ping:
            get:
              operationId: ping
              summary: Pings the service.
              responses:
                '204':
                  description: No content
        """;
}
