using System.Text.Json.Serialization;

namespace DdmConformance.Reports.Summary;

// The shape of summary.json. Other tools read it (DESIGN.md, "Command line"): the names below are a
// contract, serialised camelCase. Add properties freely; never rename or remove one. `baseline` and
// `comparison` appear only when the run was judged with --baseline / --compare, `selfCheck` only with --self-check.

/// <summary>The whole of <c>summary.json</c>.</summary>
internal sealed record SummaryDocument(
    string Target,
    string Mode,
    int Parallelism,
    DateTimeOffset StartedAt,
    DateTimeOffset FinishedAt,
    double DurationSeconds,
    string Verdict,
    string? Aborted,
    bool TargetUnreachable,
    int Cases,
    int Passed,
    int Failed,
    int Skipped,
    int Requests,
    IReadOnlyList<SummaryDeviation> Deviations,
    IReadOnlyDictionary<string, SummaryOperation> Operations,
    SummaryCoverage Coverage,
    SummaryFindings Findings,
    IReadOnlyList<SummarySpec> Specs,
    IReadOnlyDictionary<string, string> CaseOutcomes,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] SummaryBaseline? Baseline,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] SummaryComparison? Comparison,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] SummarySelfCheck? SelfCheck);

/// <summary>The reference a run was checked against: one per API (spec file).</summary>
internal sealed record SummarySpec(string Api, string Title, string Version, string SpecFile, string DocSource);

/// <summary>One failed check, as <c>{operation, case, check, expected, actual, section}</c>.</summary>
internal sealed record SummaryDeviation(string Operation, string Case, string Check, string Expected, string Actual, string Section);

/// <summary>One operation: <c>{section, method, path, cases, passed, failed, skipped}</c>, plus where it comes from.</summary>
internal sealed record SummaryOperation(
    string Api,
    string OperationId,
    string Section,
    string Title,
    string Method,
    string Path,
    int Cases,
    int Passed,
    int Failed,
    int Skipped);

internal sealed record SummaryCoverage(
    int ExamplesDocumented,
    int ExamplesReplayed,
    int OperationsTotal,
    int OperationsExercised,
    int ErrorCodesTotal,
    int ErrorCodesProvokable,
    int ErrorCodesUntriggerable,
    int ErrorCodesProvoked);

/// <summary>Static-analysis findings: how many, and how many per rule id.</summary>
internal sealed record SummaryFindings(int Total, IReadOnlyDictionary<string, int> ByRule, IReadOnlyDictionary<string, int> ByFamily);

/// <summary>A baseline entry as the gate saw it.</summary>
internal sealed record SummaryBaselineEntry(string Case, string Check, string Reason, string? Expires);

/// <summary>The run against <c>--baseline</c>: <c>passed</c> is what the exit code follows.</summary>
internal sealed record SummaryBaseline(
    string File,
    bool Passed,
    int Known,
    IReadOnlyList<SummaryDeviation> New,
    IReadOnlyList<SummaryBaselineEntry> NoLongerOccurring,
    IReadOnlyList<SummaryBaselineEntry> Expired,
    IReadOnlyList<SummaryBaselineEntry> NotChecked);

/// <summary>What changed since <c>--compare</c>'s earlier run.</summary>
internal sealed record SummaryComparison(
    string Previous,
    string PreviousStartedAt,
    IReadOnlyList<SummaryDeviation> Regressed,
    IReadOnlyList<SummaryDeviation> Fixed,
    IReadOnlyList<SummaryDeviation> NoLongerChecked,
    int Unchanged);

/// <summary>
/// The suite's mutation score (<c>run --self-check</c>): <c>score</c> is <c>caught/total</c>; <c>passed</c> (what
/// the exit code follows) needs every deviation caught and nothing found on the unmodified target.
/// </summary>
internal sealed record SummarySelfCheck(
    string Score,
    int Caught,
    int Total,
    bool Passed,
    int UnmodifiedTargetDeviations,
    int Jobs,
    double Seconds,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Interrupted,
    IReadOnlyList<SummaryInjectedDeviation> Deviations);

/// <summary>
/// One injected deviation: <c>outcome</c> is <c>caught</c>, <c>missed</c> or <c>not run</c>; the first deviation the
/// catching case reported (<c>case</c>, <c>operation</c>, <c>check</c>, <c>expected</c>, <c>actual</c>,
/// <c>section</c>) is null unless caught.
/// </summary>
internal sealed record SummaryInjectedDeviation(
    string Name,
    string Description,
    bool Caught,
    string Outcome,
    string? Case,
    string? Operation,
    string? Check,
    string? Expected,
    string? Actual,
    string? Section,
    int CasesRun,
    double Seconds,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Note);
