using DdmConformance.Engine.Results;

namespace DdmConformance.Reports.Gates;

/// <summary>
/// The run judged for CI: against a baseline when one is given (only new deviations, entries that no
/// longer occur and expired entries fail), otherwise every deviation fails; plus, when asked, what changed
/// since an earlier run. Every report reads the same gate, so none of them disagrees with the exit code.
/// </summary>
public sealed class RunGate
{
    private readonly Dictionary<DeviationKey, BaselineEntry> entries;
    private readonly HashSet<DeviationKey> knownKeys;
    private readonly HashSet<DeviationKey> regressedKeys;

    private RunGate(RunResult run, BaselineOutcome? baseline, RunComparison? comparison)
    {
        Run = run;
        Baseline = baseline;
        Comparison = comparison;
        entries = baseline?.Baseline.Entries.ToDictionary(e => e.Key) ?? [];
        knownKeys = baseline?.Known.Select(DeviationKey.Of).ToHashSet() ?? [];
        regressedKeys = comparison?.Regressed.Select(DeviationKey.Of).ToHashSet() ?? [];
    }

    public RunResult Run { get; }

    public BaselineOutcome? Baseline { get; }

    public RunComparison? Comparison { get; }

    /// <summary>No deviation beyond the baseline (every deviation counts without one). Incomplete runs are judged by the caller.</summary>
    public bool Passed => Baseline?.Passed ?? !Run.Deviations.Any();

    /// <summary>Deviations that fail the run: all of them without a baseline, the new ones with it.</summary>
    public int FailingDeviations => Baseline is { } b ? b.New.Count : Run.Deviations.Count();

    public static RunGate Evaluate(RunResult run, Baseline? baseline = null, PreviousRun? previous = null)
    {
        ArgumentNullException.ThrowIfNull(run);
        return new RunGate(run, baseline is null ? null : BaselineOutcome.Evaluate(run, baseline), previous is null ? null : RunComparison.Of(run, previous));
    }

    /// <summary>The baseline entry that accepts this deviation, or null (not listed, or expired).</summary>
    public BaselineEntry? KnownEntry(string caseId, CheckResult check)
    {
        var key = new DeviationKey(caseId, check.Check);
        return check.IsDeviation && knownKeys.Contains(key) ? entries[key] : null;
    }

    /// <summary>The baseline entry for this deviation whatever its state (for showing an expired one), or null.</summary>
    public BaselineEntry? Entry(string caseId, string check) => entries.GetValueOrDefault(new DeviationKey(caseId, check));

    /// <summary>True when <c>--compare</c> was given and the earlier run did not have this deviation.</summary>
    public bool IsRegression(string caseId, CheckResult check) => check.IsDeviation && regressedKeys.Contains(new DeviationKey(caseId, check.Check));

    /// <summary>A failed case every one of whose deviations the baseline accepts: CI views show it as known, not failing.</summary>
    public bool IsKnownFailure(CaseResult c)
        => Baseline is not null && c.Outcome == CaseOutcome.Failed && c.Checks.Any(k => k.IsDeviation) && c.Checks.Where(k => k.IsDeviation).All(k => KnownEntry(c.CaseId, k) is not null);
}
