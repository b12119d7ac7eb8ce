namespace DdmConformance.Engine.Results;

/// <summary>What a conformance case exercises.</summary>
public enum CaseKind
{
    /// <summary>A documented request example, replayed.</summary>
    Example,

    /// <summary>A request that must fail with a documented status, error format and code.</summary>
    Error,

    /// <summary>A step of a resource lifecycle (create, wait, read after delete…).</summary>
    Lifecycle,
}

public enum CaseOutcome
{
    Passed,
    Failed,
    Skipped,
}

/// <summary>How much a failed check counts: a deviation fails the run, a warning is reported only.</summary>
public enum CheckSeverity
{
    Deviation,
    Warning,
}

/// <summary>One check of one case: what the reference says, what the target did.</summary>
public sealed record CheckResult(string Check, bool Passed, string Expected, string Actual, CheckSeverity Severity = CheckSeverity.Deviation)
{
    public bool IsDeviation => !Passed && Severity == CheckSeverity.Deviation;
}

/// <summary>One HTTP exchange, already redacted (no secret ever reaches a result).</summary>
public sealed record Exchange(
    string Method,
    string Url,
    IReadOnlyList<KeyValuePair<string, string>> RequestHeaders,
    string? RequestBody,
    int? Status,
    IReadOnlyList<KeyValuePair<string, string>> ResponseHeaders,
    string? ResponseBody,
    TimeSpan Elapsed,
    string? Error);

/// <summary>The outcome of one conformance case, with everything a report needs to explain it.</summary>
public sealed record CaseResult
{
    public required string Api { get; init; }

    public required string OperationId { get; init; }

    public required string Method { get; init; }

    public required string PathTemplate { get; init; }

    /// <summary>Document section (<c>4.2.1</c>) and title the case relies on.</summary>
    public required string Section { get; init; }

    public required string DocTitle { get; init; }

    public required IReadOnlyList<string> Tags { get; init; }

    /// <summary>Stable id, unique in a run (<c>createInstance/example/payPerUse</c>).</summary>
    public required string CaseId { get; init; }

    /// <summary>The case as a sentence ("POST /v1/{project_id}/instances without a token yields 401").</summary>
    public required string Name { get; init; }

    public required CaseKind Kind { get; init; }

    /// <summary>What the case aims at, as planned: reports quote and replay from it, never from <see cref="CaseId"/>.</summary>
    public CaseSubject Subject { get; init; } = CaseSubject.None;

    public required CaseOutcome Outcome { get; init; }

    public string? SkipReason { get; init; }

    /// <summary>Line in the seed document of the example or section the case relies on.</summary>
    public int DocLine { get; init; }

    public IReadOnlyList<CheckResult> Checks { get; init; } = [];

    public IReadOnlyList<Exchange> Exchanges { get; init; } = [];

    public TimeSpan Elapsed { get; init; }

    public string Operation => $"{Method} {PathTemplate}";

    /// <summary>Failed checks of a case that counts (a skipped case proves nothing, so it has none).</summary>
    public IEnumerable<Deviation> Deviations
        => Checks.Where(c => c.IsDeviation && Outcome != CaseOutcome.Skipped).Select(c => new Deviation(Operation, CaseId, c.Check, c.Expected, c.Actual, Section));
}

/// <summary>A check the target failed: the unit of the summary's <c>deviations</c> list.</summary>
public sealed record Deviation(string Operation, string Case, string Check, string Expected, string Actual, string Section);
