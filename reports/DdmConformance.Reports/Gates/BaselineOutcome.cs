using DdmConformance.Engine.Results;

namespace DdmConformance.Reports.Gates;

/// <summary>A run measured against a <see cref="Baseline"/>.</summary>
/// <param name="New">Deviations the baseline does not list: these fail the run.</param>
/// <param name="Known">Deviations the baseline lists and still accepts (not expired).</param>
/// <param name="NoLongerOccurring">Entries whose case ran without that deviation: these fail the run, so the baseline shrinks.</param>
/// <param name="Expired">Entries past their expiry date: these fail the run, whether the deviation still occurs or not.</param>
/// <param name="NotChecked">Entries whose case did not run (filtered out or skipped): reported, kept, not failing.</param>
public sealed record BaselineOutcome(
    Baseline Baseline,
    IReadOnlyList<Deviation> New,
    IReadOnlyList<Deviation> Known,
    IReadOnlyList<BaselineEntry> NoLongerOccurring,
    IReadOnlyList<BaselineEntry> Expired,
    IReadOnlyList<BaselineEntry> NotChecked)
{
    public bool Passed => New.Count == 0 && NoLongerOccurring.Count == 0 && Expired.Count == 0;

    /// <summary>The day entries' expiry dates are judged by: the run's start, in UTC, so a report never changes its mind.</summary>
    public static BaselineOutcome Evaluate(RunResult run, Baseline baseline)
    {
        ArgumentNullException.ThrowIfNull(run);
        ArgumentNullException.ThrowIfNull(baseline);
        var today = DateOnly.FromDateTime(run.StartedAt.UtcDateTime);
        var entries = baseline.Entries.ToDictionary(e => e.Key);
        var expired = baseline.Entries.Where(e => e.IsExpiredOn(today)).ToList();

        var newOnes = new List<Deviation>();
        var known = new List<Deviation>();
        var occurring = new HashSet<DeviationKey>();
        foreach (var d in run.Deviations)
        {
            var key = DeviationKey.Of(d);
            occurring.Add(key);
            if (entries.TryGetValue(key, out var entry) && !entry.IsExpiredOn(today)) known.Add(d);
            else if (entry is null) newOnes.Add(d);
            // An expired entry's deviation is neither new nor accepted: the entry itself fails the run.
        }

        var ran = run.Cases.Where(c => c.Outcome != CaseOutcome.Skipped).Select(c => c.CaseId).ToHashSet(StringComparer.Ordinal);
        var gone = new List<BaselineEntry>();
        var notChecked = new List<BaselineEntry>();
        foreach (var e in baseline.Entries.Where(e => !occurring.Contains(e.Key) && !e.IsExpiredOn(today)))
            (ran.Contains(e.Case) ? gone : notChecked).Add(e);

        return new BaselineOutcome(baseline, newOnes, known, gone, expired, notChecked);
    }
}
