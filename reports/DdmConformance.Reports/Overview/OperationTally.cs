using DdmConformance.Engine.Results;

namespace DdmConformance.Reports.Overview;

/// <summary>The worst thing that happened to an operation, which decides its colour.</summary>
internal enum WorstOutcome
{
    NotExercised,
    Passed,
    Skipped,
    Failed,
}

/// <summary>
/// One operation of the run: from the catalog when the spec knows it, from the cases otherwise,
/// with its cases in run order.
/// </summary>
/// <param name="Key">Key in <c>summary.json</c>: the operationId, qualified with the API name only on collision.</param>
internal sealed record OperationTally(
    string Key,
    string Api,
    string OperationId,
    string Section,
    string Title,
    string Method,
    string PathTemplate,
    IReadOnlyList<string> Tags,
    IReadOnlyList<CaseResult> Cases)
{
    public int Passed => Cases.Count(c => c.Outcome == CaseOutcome.Passed);

    public int Failed => Cases.Count(c => c.Outcome == CaseOutcome.Failed);

    public int Skipped => Cases.Count(c => c.Outcome == CaseOutcome.Skipped);

    public string Display => $"{Method} {PathTemplate}";

    /// <summary>Failed beats skipped beats passed: a skipped case is coverage the run did not deliver.</summary>
    public WorstOutcome Worst
        => Failed > 0 ? WorstOutcome.Failed
         : Skipped > 0 ? WorstOutcome.Skipped
         : Passed > 0 ? WorstOutcome.Passed
         : WorstOutcome.NotExercised;

    /// <summary>At least one case actually ran (was not skipped).</summary>
    public bool IsExercised => Cases.Any(c => c.Outcome != CaseOutcome.Skipped);
}
