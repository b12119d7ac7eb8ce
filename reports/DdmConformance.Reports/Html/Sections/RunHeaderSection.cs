using System.Globalization;
using System.Text;
using DdmConformance.Engine.Results;
using DdmConformance.Reports.Overview;

namespace DdmConformance.Reports.Html.Sections;

/// <summary>The top of the page: what was tested, the verdict, the counts and the coverage.</summary>
internal static class RunHeaderSection
{
    public static void Write(StringBuilder sb, ReportPage page)
    {
        var o = page.Overview;
        var run = o.Run;
        var warnings = run.Cases.SelectMany(c => c.Checks).Count(k => !k.Passed && !k.IsDeviation);

        sb.Append("<header>\n<h1>DDM conformance report</h1>\n<div class=\"run-meta\">");
        Meta(sb, "Target", run.Target);
        Meta(sb, "Mode", run.Mode);
        Meta(sb, "Date", run.StartedAt.ToString("yyyy-MM-dd HH:mm:ss zzz", CultureInfo.InvariantCulture));
        Meta(sb, "Duration", o.Duration.TotalSeconds.ToString("0.0", CultureInfo.InvariantCulture) + " s");
        sb.Append("</div>\n");

        sb.Append("<div").Attr("class", "verdict " + o.Verdict.Wire()).Attr("id", "verdict").Append('>')
          .Text(o.Verdict.Wire().ToUpperInvariant()).Append("</div>\n");
        sb.Append("<p class=\"verdict-note\">").Text(VerdictNote(o)).Append("</p>\n");

        sb.Append("<div class=\"tiles\">");
        Tile(sb, null, run.Cases.Count, "cases");
        Tile(sb, "pass", run.Passed, "passed");
        Tile(sb, "fail", run.Failed, "failed");
        Tile(sb, "skip", run.Skipped, "skipped");
        Tile(sb, "fail", o.Deviations.Count, "deviations");
        Tile(sb, "skip", warnings, "warnings");
        Tile(sb, null, run.Requests, "HTTP requests");
        sb.Append("</div>\n");

        var c = o.Coverage;
        sb.Append("<div class=\"tiles\">");
        Ratio(sb, c.ExamplesReplayed, c.ExamplesDocumented, "documented examples replayed");
        Ratio(sb, c.OperationsExercised, c.OperationsTotal, "operations exercised");
        Ratio(sb, c.ErrorCodesProvokable, c.ErrorCodesTotal, "error codes provokable");
        Tile(sb, null, c.ErrorCodesUntriggerable, "error codes not externally triggerable");
        sb.Append("<div class=\"tile\"><a href=\"#findings\"><span class=\"n\">").Append(Int(o.Findings.Count))
          .Append("</span><span class=\"l\">static-analysis findings</span></a></div>");
        sb.Append("</div>\n<nav class=\"jump\"><a href=\"#operations\">Operations</a><a href=\"#deviations\">Deviations</a><a href=\"#findings\">Static-analysis findings</a></nav>\n</header>\n");
    }

    private static string VerdictNote(RunOverview o) => o.Verdict switch
    {
        Verdict.Aborted => $"The run stopped early: {o.Run.Aborted ?? "target unreachable"}. Only the cases that ran are reported.",
        Verdict.Deviations => $"{o.Deviations.Count} deviation(s) from the reference in {o.Run.Failed} failed case(s).",
        _ => "Every case that ran behaved as the reference documents.",
    };

    private static void Meta(StringBuilder sb, string label, string value)
        => sb.Append("<span>").Text(label).Append(": <b class=\"mono\">").Text(value).Append("</b></span>");

    private static void Tile(StringBuilder sb, string? cssClass, int n, string label)
        => sb.Append("<div").Attr("class", cssClass is null ? "tile" : "tile " + cssClass).Append("><span class=\"n\">")
             .Append(Int(n)).Append("</span><span class=\"l\">").Text(label).Append("</span></div>");

    private static void Ratio(StringBuilder sb, int part, int whole, string label)
        => sb.Append("<div class=\"tile\"><span class=\"n\">").Append(Int(part)).Append(" / ").Append(Int(whole))
             .Append("</span><span class=\"l\">").Text(label).Append("</span></div>");

    private static string Int(int i) => i.ToString(CultureInfo.InvariantCulture);
}
