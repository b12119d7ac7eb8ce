using System.Reflection;
using DdmConformance.Generator.Tests.Support;
using Microsoft.CodeAnalysis;

namespace DdmConformance.Generator.Tests;

/// <summary>
/// The generator is incremental: an unchanged spec costs nothing on the next run (the IDE reruns the
/// generator on every edit anywhere in the project), and editing one spec re-reads only that spec.
/// </summary>
public sealed class CachingTests
{
    private static readonly string[] TrackedSteps = typeof(SpecGenerator.Steps)
        .GetFields(BindingFlags.Public | BindingFlags.Static)
        .Where(f => f.IsLiteral)
        .Select(f => (string)f.GetRawConstantValue()!)
        .ToArray();

    [Test]
    public void RerunningOnUnchangedSpecsLeavesEveryTrackedStepCached()
    {
        var first = GeneratorHarness.Run(SampleSpec.Load(), InMemorySpec.Named("other.openapi.yaml", OtherSpec));
        var second = first.Rerun();

        Assert.That(TrackedSteps, Is.Not.Empty);
        foreach (var step in TrackedSteps)
        {
            Assert.That(second.Result.TrackedSteps, Does.ContainKey(step), $"step {step} was not tracked");
            var reasons = second.Result.TrackedSteps[step].SelectMany(s => s.Outputs).Select(o => o.Reason).ToList();
            Assert.That(reasons, Is.Not.Empty, $"step {step} produced nothing");
            Assert.That(reasons, Is.All.AnyOf(IncrementalStepRunReason.Cached, IncrementalStepRunReason.Unchanged),
                $"step {step} was recomputed on unchanged input: {string.Join(", ", reasons)}");
        }
        Assert.That(second.Sources, Is.EqualTo(first.Sources));
    }

    [Test]
    public void EditingOneSpecReparsesOnlyThatSpec()
    {
        var sample = SampleSpec.Load();
        var other = InMemorySpec.Named("other.openapi.yaml", OtherSpec);
        var first = GeneratorHarness.Run(sample, other);

        var edited = InMemorySpec.Named("other.openapi.yaml", OtherSpec.Replace("Pings the service.", "Pings the service, edited."));
        var second = first.RerunWith(other, edited);

        var parse = second.Result.TrackedSteps[SpecGenerator.Steps.Parse];
        Assert.That(parse, Has.Length.EqualTo(2));
        Assert.That(ParseReason(second, "sample.openapi.yaml"), Is.EqualTo(IncrementalStepRunReason.Cached), "the untouched spec was parsed again");
        Assert.That(ParseReason(second, "other.openapi.yaml"), Is.EqualTo(IncrementalStepRunReason.Modified));

        // The set of APIs did not change, so the index is not rebuilt either.
        var apiNames = second.Result.TrackedSteps[SpecGenerator.Steps.ApiNames].SelectMany(s => s.Outputs).Select(o => o.Reason);
        Assert.That(apiNames, Is.All.AnyOf(IncrementalStepRunReason.Cached, IncrementalStepRunReason.Unchanged));
        Assert.That(second.Sources["Other.Catalog.g.cs"], Does.Contain("Pings the service, edited."));
    }

    [Test]
    public void EditingOnlyACommentRegeneratesNothing()
    {
        // The file changes, so it is parsed again; its model compares equal (value equality all the way
        // down), so nothing after the parse runs again.
        var other = InMemorySpec.Named("other.openapi.yaml", OtherSpec);
        var first = GeneratorHarness.Run(SampleSpec.Load(), other);

        var second = first.RerunWith(other, InMemorySpec.Named("other.openapi.yaml", OtherSpec + "\n# reviewed\n"));

        Assert.That(ParseReason(second, "other.openapi.yaml"), Is.EqualTo(IncrementalStepRunReason.Unchanged));
        foreach (var step in new[] { SpecGenerator.Steps.Specs, SpecGenerator.Steps.ApiNames })
        {
            var reasons = second.Result.TrackedSteps[step].SelectMany(s => s.Outputs).Select(o => o.Reason);
            Assert.That(reasons, Is.All.AnyOf(IncrementalStepRunReason.Cached, IncrementalStepRunReason.Unchanged), step);
        }
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
                Assert.That(forbidden.Any(f => (type.FullName ?? "").StartsWith(f, StringComparison.Ordinal)), Is.False,
                    $"step {step} outputs a {type.FullName}");
            }
    }

    private static IncrementalStepRunReason ParseReason(GeneratorRun run, string fileName)
        => run.Result.TrackedSteps[SpecGenerator.Steps.Parse]
            .SelectMany(s => s.Outputs)
            .Where(o => o.Value is DdmConformance.Generator.Reading.SpecParseResult r && Path.GetFileName(r.Path) == fileName)
            .Select(o => o.Reason)
            .Single();

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
