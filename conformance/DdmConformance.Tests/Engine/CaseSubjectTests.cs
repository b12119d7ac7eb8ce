using DdmConformance.Api;
using DdmConformance.Engine.Results;
using DdmConformance.Engine.Running;
using DdmConformance.ReferenceTarget;
using DdmConformance.Tests.Support;

namespace DdmConformance.Tests.Engine;

/// <summary>
/// Every kind of planned case says what it aims at, as the planner knew it, so reports can quote the right table
/// row, example or A.3 code and replay the request faithfully without reading anything into the case id.
/// </summary>
[TestFixture]
public sealed class CaseSubjectTests
{
    private static readonly IReadOnlyDictionary<string, PlannedCase> Plan = SuiteRun.Plan().ToDictionary(c => c.CaseId, StringComparer.Ordinal);

    private static IEnumerable<TestCaseData> Kinds()
    {
        TestCaseData Kind(string name, string caseId, CaseSubject subject) => new TestCaseData(caseId, subject).SetName($"A {name} case carries its subject ({caseId})");
        yield return Kind("documented example", "createInstance/example/yearlyMonthly", new CaseSubject { Example = "yearlyMonthly" });
        yield return Kind("request built from the tables", "registerInstance/example/tables", CaseSubject.None);
        yield return Kind("recipe error-code", "updateInstanceName/error-code/DBS.200076", new CaseSubject { ErrorCode = "DBS.200076" });
        yield return Kind("provoked error-code", "createInstance/error-code/DBS.280305/1", new CaseSubject { ErrorCode = "DBS.280305" });
        yield return Kind("invalid body", "createInstance/invalid/too-long/instance.name/11", new CaseSubject { BodyField = "instance.name" });
        yield return Kind("invalid array item", "createInstance/invalid/wrong-type/instance.available_zones[0]/20", new CaseSubject { BodyField = "instance.available_zones[0]" });
        yield return Kind("invalid query", "listInstances/invalid-query/out-of-range/limit/129", new CaseSubject { Parameter = "limit" });
        yield return Kind("unknown path parameter", "showInstance/unknown/instance_id", new CaseSubject { Parameter = "instance_id" });
        yield return Kind("bad token", "showInstance/auth/bad", new CaseSubject { BadCredentials = true });
        yield return Kind("missing token", "showInstance/auth/missing", CaseSubject.None);
        yield return Kind("undocumented method", "showInstance/method-not-allowed", new CaseSubject { UndocumentedMethod = "PATCH" });
        yield return Kind("pagination", "listInstances/pagination/limit", CaseSubject.None);
    }

    [TestCaseSource(nameof(Kinds))]
    public void EachKindOfPlannedCaseCarriesWhatItAimsAt(string caseId, CaseSubject expected)
    {
        Assert.That(Plan, Does.ContainKey(caseId), "the case is planned from the catalog");
        Assert.That(Plan[caseId].Subject, Is.EqualTo(expected));
    }

    [Test]
    public async Task ResultsCarryTheSubjectOfTheirPlannedCaseWhetherTheyRanOrNot()
    {
        await using var server = await ReferenceServer.StartAsync(SuiteRun.TargetOptions());
        var options = SuiteRun.Options(server.BaseUrl, server) with { Apis = ["Ddm"], Tags = ["Versions"] };
        await using var ran = new ConformanceSession(options, ApiCatalog.All);
        await ran.RunAllAsync(CancellationToken.None);
        await ran.CleanupAsync();
        await using var notRun = new ConformanceSession(options, ApiCatalog.All);

        var planned = ran.Plan.Select(p => (p.CaseId, p.Subject)).ToList();
        Assert.Multiple(() =>
        {
            Assert.That(planned.Select(p => p.Subject), Has.Some.Not.EqualTo(CaseSubject.None), "the sample has cases that aim at something");
            Assert.That(ran.Result().Cases.Where(c => c.Outcome != CaseOutcome.Skipped).Select(c => (c.CaseId, c.Subject)), Is.EqualTo(planned), "cases that ran");
            Assert.That(notRun.Result().Cases.Select(c => (c.CaseId, c.Subject)), Is.EqualTo(planned), "cases reported as not run");
        });
    }

    [Test]
    public void EveryExampleCaseNamesOneOfItsOperationsDocumentedRequestExamples()
    {
        var examples = Plan.Values.Where(c => c.Kind == CaseKind.Example).ToList();
        Assert.Multiple(() =>
        {
            foreach (var c in examples)
                if (c.Operation.RequestExamples.Count == 0)
                    Assert.That(c.Subject.Example, Is.Null, c.CaseId);
                else
                    Assert.That(c.Operation.RequestExamples.Select(e => e.Name), Does.Contain(c.Subject.Example), c.CaseId);
        });
    }

    [Test]
    public void EveryErrorCodeCaseNamesACodeOfItsApisCatalogue()
    {
        var provoking = Plan.Values.Where(c => c.Subject.ErrorCode is not null).ToList();
        Assert.That(provoking, Is.Not.Empty);
        Assert.Multiple(() =>
        {
            foreach (var c in provoking)
                Assert.That(c.Api.ErrorCodes.Select(e => e.Code), Does.Contain(c.Subject.ErrorCode), c.CaseId);
        });
    }
}
