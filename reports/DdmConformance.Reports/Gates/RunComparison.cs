using DdmConformance.Engine.Results;

namespace DdmConformance.Reports.Gates;

/// <summary>What changed since an earlier run (<c>--compare</c>): listed in the report and on the console, never gating.</summary>
/// <param name="Regressed">Deviations now that the earlier run did not have.</param>
/// <param name="Fixed">Earlier deviations whose case ran now without them.</param>
/// <param name="NoLongerChecked">Earlier deviations whose case did not run now (filtered out or skipped): neither fixed nor failing.</param>
/// <param name="Unchanged">Deviations both runs have.</param>
public sealed record RunComparison(
    PreviousRun Previous,
    IReadOnlyList<Deviation> Regressed,
    IReadOnlyList<RecordedDeviation> Fixed,
    IReadOnlyList<RecordedDeviation> NoLongerChecked,
    int Unchanged)
{
    public static RunComparison Of(RunResult run, PreviousRun previous)
    {
        ArgumentNullException.ThrowIfNull(run);
        ArgumentNullException.ThrowIfNull(previous);
        var before = previous.Deviations.Select(d => d.Key).ToHashSet();
        var now = run.Deviations.ToList();
        var nowKeys = now.Select(DeviationKey.Of).ToHashSet();
        var ran = run.Cases.Where(c => c.Outcome != CaseOutcome.Skipped).Select(c => c.CaseId).ToHashSet(StringComparer.Ordinal);

        var regressed = now.Where(d => !before.Contains(DeviationKey.Of(d))).DistinctBy(DeviationKey.Of).ToList();
        var gone = previous.Deviations.Where(d => !nowKeys.Contains(d.Key)).DistinctBy(d => d.Key).ToList();
        return new RunComparison(
            previous,
            regressed,
            gone.Where(d => ran.Contains(d.Case)).ToList(),
            gone.Where(d => !ran.Contains(d.Case)).ToList(),
            nowKeys.Count(before.Contains));
    }
}
