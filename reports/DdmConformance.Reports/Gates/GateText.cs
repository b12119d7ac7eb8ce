using System.Globalization;
using DdmConformance.Engine.Results;

namespace DdmConformance.Reports.Gates;

/// <summary>The gate as console lines: what the baseline accepted and rejected, what changed since an earlier run.</summary>
public static class GateText
{
    /// <summary>Longest list printed per kind; the report has them all.</summary>
    private const int MaxListed = 40;

    public static IEnumerable<string> Lines(RunGate gate)
    {
        ArgumentNullException.ThrowIfNull(gate);
        if (gate.Baseline is { } b)
        {
            yield return $"baseline {b.Baseline.Source}: {Count(b.Known.Count, "known deviation")} accepted, {b.New.Count} new, {b.NoLongerOccurring.Count} no longer occurring, {b.Expired.Count} expired"
                + (b.NotChecked.Count > 0 ? $", {b.NotChecked.Count} not checked (case not run)" : "");
            foreach (var line in Capped(b.New, d => $"  NEW deviation (not in the baseline): {Describe(d)}")) yield return line;
            foreach (var line in Capped(b.NoLongerOccurring, e => $"  {e.Key} no longer occurs: remove it from the baseline (it was accepted because: {e.Reason})")) yield return line;
            foreach (var line in Capped(b.Expired, e => $"  {e.Key}: baseline entry expired on {Day(e.Expires)}: fix the deviation or renew the entry (reason: {e.Reason})")) yield return line;
            foreach (var line in Capped(b.NotChecked, e => $"  {e.Key}: not checked, its case did not run (entry kept)")) yield return line;
        }
        if (gate.Comparison is { } c)
        {
            var when = c.Previous.StartedAt.Length > 0 ? $" (run of {c.Previous.StartedAt})" : "";
            yield return $"compared with {c.Previous.Source}{when}: {c.Regressed.Count} regressed, {c.Fixed.Count} fixed, {c.Unchanged} unchanged"
                + (c.NoLongerChecked.Count > 0 ? $", {c.NoLongerChecked.Count} no longer checked" : "");
            foreach (var line in Capped(c.Regressed, d => $"  REGRESSED {Describe(d)}")) yield return line;
            foreach (var line in Capped(c.Fixed, d => $"  FIXED     {d.Key}: was {Clip(d.Actual)} (§{d.Section})")) yield return line;
        }
    }

    private static string Describe(Deviation d) => $"{new DeviationKey(d.Case, d.Check)}: expected {Clip(d.Expected)}; actual {Clip(d.Actual)} (§{d.Section})";

    private static IEnumerable<string> Capped<T>(IReadOnlyList<T> items, Func<T, string> line)
    {
        foreach (var item in items.Take(MaxListed)) yield return line(item);
        if (items.Count > MaxListed) yield return $"  … and {items.Count - MaxListed} more (report.html lists them all)";
    }

    private static string Count(int n, string noun) => n == 1 ? $"1 {noun}" : $"{n.ToString(CultureInfo.InvariantCulture)} {noun}s";

    private static string Day(DateOnly? d) => d?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "";

    private static string Clip(string s) => s.Length > 160 ? s[..160] + "…" : s;
}
