using DdmConformance.Engine.Results;

namespace DdmConformance.Reports.Overview;

/// <summary>The one-word answer at the top of every report.</summary>
internal enum Verdict
{
    Conformant,
    Deviations,
    Aborted,
}

internal static class VerdictText
{
    /// <summary>The wire form used in <c>summary.json</c> and as a CSS class.</summary>
    public static string Wire(this Verdict verdict) => verdict switch
    {
        Verdict.Conformant => "conformant",
        Verdict.Deviations => "deviations",
        _ => "aborted",
    };

    /// <summary>
    /// An aborted run says nothing about conformance, even if the cases it did run passed;
    /// a failed case counts even when no single check was marked a deviation.
    /// </summary>
    public static Verdict Of(RunResult run)
        => run.Aborted is not null || run.TargetUnreachable ? Verdict.Aborted
         : run.Failed > 0 || run.Deviations.Any() ? Verdict.Deviations
         : Verdict.Conformant;
}
