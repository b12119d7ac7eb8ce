using System.Globalization;

namespace DdmConformance.Reports.SelfCheck;

/// <summary>The words every output uses for the self-check, so the console, summary.json, junit.xml and report.html agree.</summary>
public static class SelfCheckText
{
    /// <summary><c>caught</c>, <c>missed</c> or <c>not run</c> (summary.json's <c>outcome</c>).</summary>
    public static string Outcome(InjectionState state) => state switch
    {
        InjectionState.Caught => "caught",
        InjectionState.Missed => "missed",
        _ => "not run",
    };

    /// <summary>"caught by listInstances/example/… [schema] after 12 cases (3.4 s)", "MISSED after 436 cases (…)", "not run: …".</summary>
    public static string Verdict(InjectedDeviationOutcome d)
    {
        var effort = string.Create(CultureInfo.InvariantCulture, $"after {d.CasesRun} case{(d.CasesRun == 1 ? "" : "s")} ({d.Elapsed.TotalSeconds:0.0} s)");
        return d.State switch
        {
            InjectionState.Caught => $"caught by {d.FirstCatch!.Case} [{d.FirstCatch.Check}] {effort}",
            InjectionState.Missed => $"MISSED {effort}" + (d.Note is null ? "" : $": {d.Note}"),
            _ => "not run" + (d.Note is null ? "" : $": {d.Note}"),
        };
    }

    /// <summary>"self-check: 59/61 injected deviations caught (missed: a, b)", and what else kept it from passing.</summary>
    public static string ScoreLine(SelfCheckResult s)
    {
        var missed = s.Deviations.Where(d => d.State == InjectionState.Missed).Select(d => d.Name).ToList();
        var parts = new List<string>();
        // A console line, not a list: the reports name every missed one.
        if (missed.Count > 0) parts.Add("missed: " + string.Join(", ", missed.Take(8)) + (missed.Count > 8 ? $" and {missed.Count - 8} more" : ""));
        if (s.UnmodifiedTargetDeviations > 0)
            parts.Add(string.Create(CultureInfo.InvariantCulture, $"{s.UnmodifiedTargetDeviations} deviation(s) on the unmodified target"));
        if (s.Interrupted is not null) parts.Add("stopped early: " + s.Interrupted);
        return $"self-check: {s.Score} injected deviations caught" + (parts.Count > 0 ? " (" + string.Join("; ", parts) + ")" : "")
               + (s.Passed ? " — the suite catches every injected deviation" : " — self-check failed");
    }
}
