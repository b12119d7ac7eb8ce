using DdmConformance.Engine.Results;
using DdmConformance.Tests.Support;

namespace DdmConformance.Tests.Suite;

/// <summary>
/// The NUnit front door: one test per conformance case, named by its sentence and categorised by the
/// operation's tag and the case kind (<c>dotnet test --filter "Category=Instances"</c>). Cases run in
/// plan order: a filtered test first runs the cases it depends on.
/// </summary>
[TestFixture]
[NonParallelizable] // cases share the target's state in plan order
public sealed class ConformanceCases
{
    public static IEnumerable<TestCaseData> Cases()
        => SuiteRun.Plan().Select(p =>
        {
            var data = new TestCaseData(p.CaseId).SetName(p.Name).SetDescription($"section {p.Operation.Section}");
            foreach (var category in p.Categories) data.SetCategory(category);
            return data;
        });

    [TestCaseSource(nameof(Cases))]
    public async Task Case(string caseId)
    {
        var result = await ConformanceSuiteSetup.Session.ResultForAsync(caseId, CancellationToken.None);
        if (result.Outcome == CaseOutcome.Skipped) Assert.Ignore(result.SkipReason);
        var deviations = result.Deviations.Select(d => $"{d.Check}: expected {d.Expected}; actual {d.Actual} (section {d.Section})").ToList();
        Assert.That(deviations, Is.Empty, "the reference target deviates from the document");
    }
}
