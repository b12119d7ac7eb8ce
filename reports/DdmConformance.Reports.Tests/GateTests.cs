using DdmConformance.Engine.Results;
using DdmConformance.Reports.Gates;
using DdmConformance.Reports.Tests.Support;

namespace DdmConformance.Reports.Tests;

/// <summary>The baseline and the comparison with an earlier run, as CI relies on them.</summary>
public sealed class GateTests
{
    // EvidenceRun has three deviations: the list case (schema, paired-example) and the create error case (error-code).
    private static readonly BaselineEntry ListSchema = Entry(EvidenceRun.ListCase, "schema");
    private static readonly BaselineEntry ListPaired = Entry(EvidenceRun.ListCase, "paired-example");
    private static readonly BaselineEntry CreateCode = Entry(EvidenceRun.CreateErrorCase, "error-code");

    [Test]
    public void ABaselineListingEveryDeviationPassesTheGate()
    {
        var outcome = BaselineOutcome.Evaluate(EvidenceRun.Create(), new Baseline([ListSchema, ListPaired, CreateCode]));

        Assert.Multiple(() =>
        {
            Assert.That(outcome.Passed, Is.True);
            Assert.That(outcome.Known, Has.Count.EqualTo(3));
            Assert.That(outcome.New, Is.Empty);
        });
    }

    [Test]
    public void ADeviationNotInTheBaselineFailsTheGate()
    {
        var outcome = BaselineOutcome.Evaluate(EvidenceRun.Create(), new Baseline([ListSchema, ListPaired]));

        Assert.That(outcome.Passed, Is.False);
        Assert.That(outcome.New.Select(d => (d.Case, d.Check)), Is.EqualTo(new[] { (EvidenceRun.CreateErrorCase, "error-code") }));
    }

    [Test]
    public void AnEntryWhoseCaseRanWithoutTheDeviationNoLongerOccursAndFailsTheGate()
    {
        var fixedRun = EvidenceRun.Create(EvidenceRun.Cases().Where(c => c.CaseId != EvidenceRun.CreateErrorCase)
            .Append(EvidenceRun.Cases().Single(c => c.CaseId == EvidenceRun.CreateErrorCase) with { Outcome = CaseOutcome.Passed, Checks = [new("status", true, "400", "400")] }).ToList());

        var outcome = BaselineOutcome.Evaluate(fixedRun, new Baseline([ListSchema, ListPaired, CreateCode]));

        Assert.That(outcome.Passed, Is.False);
        Assert.That(outcome.NoLongerOccurring, Is.EqualTo(new[] { CreateCode }));
        Assert.That(GateText.Lines(RunGate.Evaluate(fixedRun, new Baseline([ListSchema, ListPaired, CreateCode], "b.json"))),
            Has.Some.Contains($"{EvidenceRun.CreateErrorCase} [error-code] no longer occurs"));
    }

    [Test]
    public void AnEntryWhoseCaseDidNotRunIsNotCheckedAndDoesNotFail()
    {
        var skipped = EvidenceRun.Cases().Select(c => c.CaseId == EvidenceRun.CreateErrorCase ? c with { Outcome = CaseOutcome.Skipped, Checks = [], SkipReason = "read-only mode" } : c).ToList();

        var outcome = BaselineOutcome.Evaluate(EvidenceRun.Create(skipped), new Baseline([ListSchema, ListPaired, CreateCode]));

        Assert.That(outcome.Passed, Is.True);
        Assert.That(outcome.NotChecked, Is.EqualTo(new[] { CreateCode }));
    }

    [Test]
    public void AnExpiredEntryFailsTheGateEvenThoughItsDeviationStillOccurs()
    {
        var lapsed = CreateCode with { Expires = DateOnly.FromDateTime(SampleRun.Start.UtcDateTime).AddDays(-1) };
        var lastDay = ListSchema with { Expires = DateOnly.FromDateTime(SampleRun.Start.UtcDateTime) };

        var outcome = BaselineOutcome.Evaluate(EvidenceRun.Create(), new Baseline([lastDay, ListPaired, lapsed]));

        Assert.Multiple(() =>
        {
            Assert.That(outcome.Passed, Is.False);
            Assert.That(outcome.Expired, Is.EqualTo(new[] { lapsed }));
            Assert.That(outcome.New, Is.Empty, "an expired entry's deviation is reported as expired, not as new");
            Assert.That(outcome.Known.Select(d => d.Check), Is.EquivalentTo(new[] { "schema", "paired-example" }), "an entry holds through its expiry day");
        });
    }

    [Test]
    public void ARecordedBaselineKeepsReasonsAndExpiryAndRoundTripsThroughItsFile()
    {
        using var dir = new OutputDirectory();
        var path = Path.Combine(dir.Path, "nested", "baseline.json");
        var kept = ListPaired with { Reason = "the target omits the count; ticket 42", Expires = new DateOnly(2030, 1, 31) };

        Baseline.Record(EvidenceRun.Create(), new Baseline([kept])).Save(path);
        var read = Baseline.Load(path);

        Assert.Multiple(() =>
        {
            Assert.That(read.Entries.Select(e => e.Key), Is.EquivalentTo(new[] { ListSchema.Key, ListPaired.Key, CreateCode.Key }));
            var paired = read.Entries.Single(e => e.Key == ListPaired.Key);
            Assert.That(paired.Reason, Is.EqualTo("the target omits the count; ticket 42"));
            Assert.That(paired.Expires, Is.EqualTo(new DateOnly(2030, 1, 31)));
            Assert.That(paired.Operation, Is.EqualTo("GET /v1/{project_id}/instances"));
            Assert.That(read.Entries.Single(e => e.Key == CreateCode.Key).Reason, Is.EqualTo(Baseline.PlaceholderReason));
            Assert.That(File.ReadAllText(path), Does.Contain("\"expires\": \"2030-01-31\""));
        });
    }

    [TestCase("""{"deviations":[{"case":"a/b","check":"status"}]}""", "entry 1 (a/b [status]): \"reason\" is required")]
    [TestCase("""{"deviations":[{"case":"a/b","check":"status","reason":"r","expires":"31.12.2030"}]}""", "\"expires\" must be a date YYYY-MM-DD")]
    [TestCase("""{"deviations":[{"check":"status","reason":"r"}]}""", "\"case\" is required")]
    [TestCase("""{"deviations":[{"case":"a","check":"s","reason":"r"},{"case":"a","check":"s","reason":"r"}]}""", "a [s] is listed twice")]
    [TestCase("""{"known":[]}""", "has no \"deviations\" list")]
    [TestCase("""{"deviations":[""", "is not valid JSON")]
    public void AnUnusableBaselineIsRejectedWithAMessageNamingTheProblem(string json, string message)
    {
        using var dir = new OutputDirectory();
        Directory.CreateDirectory(dir.Path);
        var path = dir.File("baseline.json");
        File.WriteAllText(path, json);

        Assert.That(() => Baseline.Load(path), Throws.TypeOf<GateInputException>().With.Message.Contains(message));
    }

    [Test]
    public void ABaselineMayCarryCommentsAndTrailingCommas()
    {
        using var dir = new OutputDirectory();
        Directory.CreateDirectory(dir.Path);
        var path = dir.File("baseline.json");
        File.WriteAllText(path, """
            // accepted until the vendor's fix ships
            { "deviations": [ { "case": "a/b", "check": "status", "reason": "vendor ticket 7", }, ], }
            """);

        Assert.That(Baseline.Load(path).Entries.Single().Reason, Is.EqualTo("vendor ticket 7"));
    }

    [Test]
    public void TheComparisonListsRegressionsFixesAndWhatWasNotCheckedAgain()
    {
        using var dir = new OutputDirectory();
        Directory.CreateDirectory(dir.Path);
        var previous = dir.File("summary.json");
        // The earlier run: the create error case passed; the list case failed its schema and its status; a case now skipped failed.
        var before = EvidenceRun.Cases().Select(c => c.CaseId switch
        {
            EvidenceRun.CreateErrorCase => c with { Outcome = CaseOutcome.Passed, Checks = [new("status", true, "400", "400")] },
            EvidenceRun.ListCase => c with { Checks = [new("status", false, "200", "500"), c.Checks[1]] },
            "listInstances/auth/bad" => c with { Outcome = CaseOutcome.Failed, Checks = [new("status", false, "401", "200")] },
            _ => c,
        }).ToList();
        SummaryWriter.Write(EvidenceRun.Create(before), previous);
        var now = EvidenceRun.Cases().Select(c => c.CaseId == "listInstances/auth/bad" ? c with { Outcome = CaseOutcome.Skipped, Checks = [] } : c).ToList();

        var comparison = RunComparison.Of(EvidenceRun.Create(now), PreviousRun.Load(previous));

        Assert.Multiple(() =>
        {
            Assert.That(comparison.Regressed.Select(d => (d.Case, d.Check)), Is.EquivalentTo(new[] { (EvidenceRun.ListCase, "paired-example"), (EvidenceRun.CreateErrorCase, "error-code") }));
            Assert.That(comparison.Fixed.Select(d => (d.Case, d.Check)), Is.EqualTo(new[] { (EvidenceRun.ListCase, "status") }));
            Assert.That(comparison.NoLongerChecked.Select(d => d.Case), Is.EqualTo(new[] { "listInstances/auth/bad" }));
            Assert.That(comparison.Unchanged, Is.EqualTo(1));
        });
    }

    [Test]
    public void ComparingWithAFileThatIsNotASummaryIsAUsageProblem()
    {
        using var dir = new OutputDirectory();
        Directory.CreateDirectory(dir.Path);
        var path = dir.File("other.json");
        File.WriteAllText(path, """{"runs":[]}""");

        Assert.That(() => PreviousRun.Load(path), Throws.TypeOf<GateInputException>().With.Message.Contains("not a summary.json"));
        Assert.That(() => PreviousRun.Load(dir.File("missing.json")), Throws.TypeOf<GateInputException>().With.Message.Contains("does not exist"));
    }

    private static BaselineEntry Entry(string caseId, string check) => new(caseId, check, "", "", "accepted for the test", null, "", "");
}
