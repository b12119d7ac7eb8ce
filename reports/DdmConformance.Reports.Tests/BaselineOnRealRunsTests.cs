using DdmConformance.Engine.Results;
using DdmConformance.Reports.Gates;
using DdmConformance.Reports.Tests.Support;

namespace DdmConformance.Reports.Tests;

/// <summary>
/// The baseline gate on real runs against the bundled target: three injected deviations, baselined, pass;
/// taking one out of the target fails the gate with "no longer occurs". Whatever the target reports without
/// any injection (its own gaps, while it is incomplete) is baselined as such, so the test says exactly
/// what the three injections change.
/// </summary>
[TestFixture]
[Category("Gate")]
public sealed class BaselineOnRealRunsTests
{
    private RunResult clean = null!;
    private RunResult three = null!;
    private RunResult two = null!;

    [OneTimeSetUp]
    public async Task Run()
    {
        clean = await ReferenceRun.OnceAsync();
        three = await ReferenceRun.OnceAsync(ReferenceRun.ThreeDeviations);
        two = await ReferenceRun.OnceAsync(ReferenceRun.ThreeDeviations[..2]);
    }

    [Test]
    public void EachOfTheThreeInjectedDeviationsAddsExactlyOneDeviation()
    {
        Assert.That(Injected().Select(d => (d.Case, d.Check)), Is.EquivalentTo(new[]
        {
            ("listInstances/example/listInstances", "paired-example"),
            ("listApiVersions/example/listApiVersions", "status"),
            ("updateInstanceName/example/modifyName", "update-persists"),
        }));
    }

    [Test]
    public void ABaselineOfTheInjectedDeviationsPassesAndLeavesOnlyTheTargetsOwnGapsAsNew()
    {
        var onlyThree = new Baseline(Injected().Select(d => Accept(d, "injected for the test")).ToList(), "three.json");

        var outcome = BaselineOutcome.Evaluate(three, onlyThree);

        Assert.Multiple(() =>
        {
            Assert.That(outcome.Known, Has.Count.EqualTo(3));
            Assert.That(outcome.New.Select(DeviationKey.Of), Is.EquivalentTo(clean.Deviations.Select(DeviationKey.Of)),
                "besides the three, only what the target reports without injection is new (nothing, once it is complete)");
            Assert.That(outcome.Passed, Is.EqualTo(!clean.Deviations.Any()));
        });
    }

    [Test]
    public void WithTheTargetsGapsAlsoBaselinedTheGatePassesAndRemovingOneDeviationFailsItWithNoLongerOccurs()
    {
        var baseline = new Baseline(three.Deviations.DistinctBy(DeviationKey.Of).Select(d => Accept(d, "known")).ToList(), "ci/baseline.json");

        var withAll = RunGate.Evaluate(three, baseline);
        var withoutRename = RunGate.Evaluate(two, baseline);

        Assert.Multiple(() =>
        {
            Assert.That(withAll.Passed, Is.True);
            Assert.That(withoutRename.Passed, Is.False);
            Assert.That(withoutRename.Baseline!.NoLongerOccurring.Select(e => e.Key.ToString()), Is.EqualTo(new[] { "updateInstanceName/example/modifyName [update-persists]" }));
            Assert.That(GateText.Lines(withoutRename), Has.Some.Contains("updateInstanceName/example/modifyName [update-persists] no longer occurs"));
        });
    }

    private List<Deviation> Injected()
    {
        var gaps = clean.Deviations.Select(DeviationKey.Of).ToHashSet();
        return three.Deviations.Where(d => !gaps.Contains(DeviationKey.Of(d))).ToList();
    }

    private static BaselineEntry Accept(Deviation d, string reason) => new(d.Case, d.Check, d.Operation, d.Section, reason, null, d.Expected, d.Actual);
}
