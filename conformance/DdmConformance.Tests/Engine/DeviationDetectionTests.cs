using DdmConformance.Cli.SelfCheck;
using DdmConformance.Engine.Results;
using DdmConformance.ReferenceTarget;
using DdmConformance.Tests.Support;

namespace DdmConformance.Tests.Engine;

/// <summary>
/// Mutation testing of the suite itself: against the reference target it reports nothing; against the
/// target with any one named deviation injected it reports at least one deviation. The score is printed.
/// Each injected run goes through <see cref="InjectedDeviationRun"/>, as <c>run --self-check</c> does.
/// </summary>
[TestFixture]
[Category("Mutation")]
public sealed class DeviationDetectionTests
{
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, bool> Caught = new();

    public static IEnumerable<TestCaseData> Deviations()
        => KnownDeviations.All
            .Select(d => new TestCaseData(d).SetName($"The suite catches the injected deviation '{d.Name}'"));

    [Test]
    public async Task AgainstTheReferenceTargetTheSuiteReportsNoDeviation()
    {
        var result = await SuiteRun.RunAsync();
        var deviations = result.Deviations.Select(d => $"{d.Case}: {d.Check}: expected {d.Expected}; actual {d.Actual}").ToList();
        Assert.Multiple(() =>
        {
            Assert.That(deviations, Is.Empty);
            Assert.That(result.Cases.Count(c => c.Outcome == CaseOutcome.Passed), Is.GreaterThan(20), "the run exercised the operations");
            Assert.That(result.Cases.SelectMany(c => c.Checks).Select(c => c.Check).Distinct(),
                Is.SubsetOf(global::DdmConformance.Engine.Checks.CheckCatalog.All.Select(k => k.Name)), "every check is in the catalogue");
        });
    }

    [TestCaseSource(nameof(Deviations))]
    [Parallelizable(ParallelScope.Self)] // each run has a target of its own; runs mostly wait on the network
    public async Task InjectedDeviationIsCaught(DeviationInfo deviation)
    {
        var outcome = await InjectedDeviationRun.RunAsync(deviation, SuiteRun.TargetOptions(), server => SuiteRun.Options(server.BaseUrl, server), CancellationToken.None);
        var caught = outcome.CaughtBy;
        Caught[deviation.Name] = caught.Count > 0;
        TestContext.Out.WriteLine($"{deviation.Name}: {caught.Count} deviation(s) after {outcome.CasesRun} case(s), e.g. {caught.FirstOrDefault()}");
        Assert.That(caught, Is.Not.Empty, $"nothing reported with '{deviation.Name}' injected");
    }

    [OneTimeTearDown]
    public void PrintMutationScore()
    {
        if (Caught.Count == 0) return;
        var score = $"mutation score: {Caught.Count(c => c.Value)}/{Caught.Count} injected deviations caught"
                    + (Caught.Any(c => !c.Value) ? " (missed: " + string.Join(", ", Caught.Where(c => !c.Value).Select(c => c.Key)) + ")" : "");
        TestContext.Progress.WriteLine(score);
        // run.sh test prints this file after the run (test frameworks keep progress output to themselves).
        File.WriteAllText(Path.Combine(TestContext.CurrentContext.WorkDirectory, "mutation-score.txt"), score + "\n");
    }
}
