using DdmConformance.Api.Catalog;

namespace DdmConformance.Engine.Results;

/// <summary>A whole run: configuration echo, every case in a stable order, and what the spec says.</summary>
public sealed record RunResult
{
    /// <summary>Base URL of the target (no credentials).</summary>
    public required string Target { get; init; }

    /// <summary><c>read-only</c>, <c>non-disruptive</c> or <c>full</c>.</summary>
    public required string Mode { get; init; }

    /// <summary>How many lanes (one per API) could run at once.</summary>
    public int Parallelism { get; init; } = 1;

    public required DateTimeOffset StartedAt { get; init; }

    public required DateTimeOffset FinishedAt { get; init; }

    public required IReadOnlyList<CaseResult> Cases { get; init; }

    /// <summary>HTTP requests actually sent.</summary>
    public required int Requests { get; init; }

    /// <summary>Answers refusing for load (429/503 with Retry-After) that the run waited out; never deviations.</summary>
    public int ThrottledAnswers { get; init; }

    /// <summary>The APIs the run covered (for coverage figures and the findings section).</summary>
    public required IReadOnlyList<ApiDescriptor> Apis { get; init; }

    /// <summary>Set when the run stopped early (target unreachable, deadline, cancelled): why.</summary>
    public string? Aborted { get; init; }

    /// <summary>True when the target could not be reached at all.</summary>
    public bool TargetUnreachable { get; init; }

    public int Passed => Cases.Count(c => c.Outcome == CaseOutcome.Passed);

    public int Failed => Cases.Count(c => c.Outcome == CaseOutcome.Failed);

    public int Skipped => Cases.Count(c => c.Outcome == CaseOutcome.Skipped);

    public IEnumerable<Deviation> Deviations => Cases.SelectMany(c => c.Deviations);
}
