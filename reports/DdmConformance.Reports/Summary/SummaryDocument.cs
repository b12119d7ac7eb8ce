namespace DdmConformance.Reports.Summary;

// The shape of summary.json. Other tools read it (DESIGN.md, "Command line"): the names below are a
// contract, serialised camelCase. Add properties freely; never rename or remove one.

/// <summary>The whole of <c>summary.json</c>.</summary>
internal sealed record SummaryDocument(
    string Target,
    string Mode,
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
    SummaryFindings Findings);

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
    int ErrorCodesUntriggerable);

/// <summary>Static-analysis findings: how many, and how many per rule id.</summary>
internal sealed record SummaryFindings(int Total, IReadOnlyDictionary<string, int> ByRule);
