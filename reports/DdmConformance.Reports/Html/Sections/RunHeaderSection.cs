using System.Globalization;
using System.Text;
using DdmConformance.Reports.Overview;

namespace DdmConformance.Reports.Html.Sections;

/// <summary>The top of the page: what was tested against which reference, the verdict, the counts and the coverage.</summary>
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
        foreach (var api in run.Apis)
            Meta(sb, run.Apis.Count == 1 ? "Spec" : "Spec " + api.Name, $"{api.Title} {api.Version}" + (api.DocSource.Length > 0 ? $" ({api.DocSource})" : ""));
        Meta(sb, "Date", run.StartedAt.ToString("yyyy-MM-dd HH:mm:ss zzz", CultureInfo.InvariantCulture));
        Meta(sb, "Duration", o.Duration.TotalSeconds.ToString("0.0", CultureInfo.InvariantCulture) + " s");
        sb.Append("</div>\n");

        sb.Append("<div class=\"verdict-row\"><div").Attr("class", "verdict " + o.Verdict.Wire()).Attr("id", "verdict").Append('>')
          .Text(o.Verdict.Wire().ToUpperInvariant()).Append("</div>");
        if (o.Gate?.Baseline is { } b)
        {
            var gateClass = b.Passed ? "gate passed" : "gate failed";
            sb.Append("<a href=\"#gate\"").Attr("class", gateClass).Attr("id", "gate-chip").Append('>')
              .Text(b.Passed ? "Gate passed: every deviation is in the baseline" : $"Gate failed: {GateSection.FailureSummary(b)}").Append("</a>");
        }
        if (o.SelfCheck is { } sc)
            sb.Append("<a").Attr("href", "#" + SelfCheckSection.Anchor).Attr("class", sc.Passed ? "gate passed" : "gate failed").Attr("id", "self-check-chip").Append('>')
              .Text((sc.Passed ? "Self-check passed: " : "Self-check failed: ") + sc.Score + " injected deviations caught").Append("</a>");
        sb.Append("</div>\n<p class=\"verdict-note\">").Text(VerdictNote(o)).Append("</p>\n");

        sb.Append("<div class=\"tiles\">");
        Tile(sb, null, run.Cases.Count, "cases");
        Tile(sb, "pass", run.Passed, "passed");
        Tile(sb, "fail", run.Failed, "failed");
        Tile(sb, "skip", run.Skipped, "skipped");
        LinkTile(sb, "fail", "#deviations", Int(o.Deviations.Count), "deviations");
        Tile(sb, "skip", warnings, "warnings");
        Tile(sb, null, run.Requests, "HTTP requests");
        sb.Append("</div>\n");

        var c = o.Coverage;
        sb.Append("<h2 class=\"sub\">Coverage</h2>\n<div class=\"tiles\">");
        LinkTile(sb, null, "#operations", $"{Int(c.ExamplesReplayed)} / {Int(c.ExamplesDocumented)}", "documented examples replayed / documented");
        LinkTile(sb, null, "#matrix", $"{Int(c.OperationsExercised)} / {Int(c.OperationsTotal)}", "operations exercised / total");
        LinkTile(sb, null, "#error-codes", $"{Int(c.ErrorCodesProvoked)} / {Int(c.ErrorCodesProvokable)} / {Int(c.ErrorCodesTotal)}", "A.3 error codes provoked / provokable / total");
        LinkTile(sb, null, "#error-codes-untriggerable", Int(c.ErrorCodesUntriggerable), "error codes not externally triggerable (reasons below)");
        sb.Append("</div>\n");

        sb.Append("<div class=\"tiles\">");
        LinkTile(sb, null, "#findings", Int(o.Findings.Count), "static-analysis findings");
        foreach (var (family, count) in o.FindingsByFamily())
            LinkTile(sb, "family", "#family-" + family, Int(count), RuleFamilies.Title(family));
        sb.Append("</div>\n");

        sb.Append("<nav class=\"jump\">");
        if (o.SelfCheck is not null) sb.Append("<a href=\"#").Append(SelfCheckSection.Anchor).Append("\">Self-check</a>");
        if (o.Gate is { Baseline: not null } or { Comparison: not null }) sb.Append("<a href=\"#gate\">Baseline and changes</a>"); // the section exists only then
        sb.Append("<a href=\"#deviations\">Deviations</a><a href=\"#matrix\">Chapters × operations</a><a href=\"#operations\">Operations and cases</a>")
          .Append("<a href=\"#error-codes\">Error codes</a><a href=\"#findings\">Static-analysis findings</a></nav>\n</header>\n");
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

    private static void LinkTile(StringBuilder sb, string? cssClass, string href, string figure, string label)
        => sb.Append("<a").Attr("class", cssClass is null ? "tile" : "tile " + cssClass).Attr("href", href).Append("><span class=\"n\">")
             .Text(figure).Append("</span><span class=\"l\">").Text(label).Append("</span></a>");

    private static string Int(int i) => i.ToString(CultureInfo.InvariantCulture);
}
