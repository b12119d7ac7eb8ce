using System.Globalization;
using System.Text;
using DdmConformance.Engine.Results;
using DdmConformance.Reports.Gates;

namespace DdmConformance.Reports.Html.Sections;

/// <summary>The baseline's verdict (what it accepted, what fails the run) and what changed since an earlier run.</summary>
internal static class GateSection
{
    public static void Write(StringBuilder sb, ReportPage page)
    {
        var gate = page.Overview.Gate;
        if (gate is null || (gate.Baseline is null && gate.Comparison is null)) return;
        sb.Append("<section id=\"gate\">\n<h2>Baseline and changes</h2>\n");
        if (gate.Baseline is { } b) WriteBaseline(sb, page, b);
        if (gate.Comparison is { } c) WriteComparison(sb, page, c);
        sb.Append("</section>\n");
    }

    /// <summary>"2 new deviations, 1 entry no longer occurs": why the gate failed, in a few words.</summary>
    public static string FailureSummary(BaselineOutcome b)
    {
        var parts = new List<string>();
        if (b.New.Count > 0) parts.Add(Count(b.New.Count, "new deviation", "new deviations"));
        if (b.NoLongerOccurring.Count > 0) parts.Add(Count(b.NoLongerOccurring.Count, "baseline entry no longer occurs", "baseline entries no longer occur"));
        if (b.Expired.Count > 0) parts.Add(Count(b.Expired.Count, "baseline entry expired", "baseline entries expired"));
        return string.Join(", ", parts);
    }

    private static void WriteBaseline(StringBuilder sb, ReportPage page, BaselineOutcome b)
    {
        sb.Append("<p>").Append(b.Passed ? "<span class=\"badge passed\">gate passed</span> " : "<span class=\"badge failed\">gate failed</span> ")
          .Append("Baseline <code>").Text(b.Baseline.Source).Append("</code>: ")
          .Text($"{b.Known.Count} known deviation(s) accepted, {b.New.Count} new, {b.NoLongerOccurring.Count} no longer occurring, {b.Expired.Count} expired, {b.NotChecked.Count} not checked.")
          .Append("</p>\n");

        if (b.New.Count > 0)
        {
            sb.Append("<h3>New deviations (not in the baseline: they fail the run)</h3>\n");
            DeviationList(sb, page, b.New);
        }
        if (b.NoLongerOccurring.Count > 0)
        {
            sb.Append("<h3>No longer occurs (remove these entries: the baseline must shrink)</h3>\n");
            EntryTable(sb, b.NoLongerOccurring, "no longer occurs");
        }
        if (b.Expired.Count > 0)
        {
            sb.Append("<h3>Expired (fix the deviation or renew the entry)</h3>\n");
            EntryTable(sb, b.Expired, "expired");
        }
        if (b.NotChecked.Count > 0)
        {
            sb.Append("<details><summary>").Text($"Not checked in this run ({b.NotChecked.Count}): their case did not run; kept").Append("</summary>\n");
            EntryTable(sb, b.NotChecked, "not checked");
            sb.Append("</details>\n");
        }
    }

    private static void WriteComparison(StringBuilder sb, ReportPage page, RunComparison c)
    {
        sb.Append("<h3 id=\"changes\">Changes since the previous run</h3>\n<p>Compared with <code>").Text(c.Previous.Source).Append("</code>");
        if (c.Previous.StartedAt.Length > 0) sb.Append(" (run of ").Text(c.Previous.StartedAt).Append(')');
        sb.Append(": ").Text($"{c.Regressed.Count} regressed, {c.Fixed.Count} fixed, {c.Unchanged} unchanged, {c.NoLongerChecked.Count} no longer checked.").Append("</p>\n");
        if (c.Regressed.Count > 0)
        {
            sb.Append("<h4>Regressed</h4>\n");
            DeviationList(sb, page, c.Regressed);
        }
        if (c.Fixed.Count > 0)
        {
            sb.Append("<h4>Fixed</h4>\n<table class=\"compact\"><thead><tr><th>Case</th><th>Check</th><th>Was</th><th>Section</th></tr></thead><tbody>\n");
            foreach (var d in c.Fixed)
                sb.Append("<tr class=\"fixed\"><td class=\"mono\">").Text(d.Case).Append("</td><td>").Text(d.Check)
                  .Append("</td><td class=\"wrap mono\">").Text(d.Actual).Append("</td><td>§").Text(d.Section).Append("</td></tr>\n");
            sb.Append("</tbody></table>\n");
        }
        if (c.NoLongerChecked.Count > 0)
        {
            sb.Append("<details><summary>").Text($"No longer checked ({c.NoLongerChecked.Count}): their case did not run this time").Append("</summary><ul>");
            foreach (var d in c.NoLongerChecked) sb.Append("<li><code>").Text(d.Case).Append("</code> [").Text(d.Check).Append("]</li>");
            sb.Append("</ul></details>\n");
        }
    }

    /// <summary>Deviations of this run, each linking to its case.</summary>
    private static void DeviationList(StringBuilder sb, ReportPage page, IReadOnlyList<Deviation> deviations)
    {
        var anchors = page.Overview.Run.Cases.GroupBy(c => c.CaseId).ToDictionary(g => g.Key, g => page.CaseAnchor(g.First()), StringComparer.Ordinal);
        sb.Append("<ul class=\"gate-list\">");
        foreach (var d in deviations)
        {
            sb.Append("<li>");
            if (anchors.TryGetValue(d.Case, out var anchor)) sb.Append("<a").Attr("href", "#" + anchor).Append("><code>").Text(d.Case).Append("</code></a>");
            else sb.Append("<code>").Text(d.Case).Append("</code>");
            sb.Append(" [").Text(d.Check).Append("]: expected ").Text(d.Expected).Append("; actual ").Text(Clip(d.Actual)).Append(" (§").Text(d.Section).Append(")</li>");
        }
        sb.Append("</ul>\n");
    }

    private static void EntryTable(StringBuilder sb, IReadOnlyList<BaselineEntry> entries, string state)
    {
        sb.Append("<table class=\"compact\"><thead><tr><th>Case</th><th>Check</th><th>Reason</th><th>Expires</th><th>State</th></tr></thead><tbody>\n");
        foreach (var e in entries)
            sb.Append("<tr><td class=\"mono\">").Text(e.Case).Append("</td><td>").Text(e.Check).Append("</td><td class=\"wrap\">").Text(e.Reason)
              .Append("</td><td>").Text(e.Expires?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "—").Append("</td><td>").Text(state).Append("</td></tr>\n");
        sb.Append("</tbody></table>\n");
    }

    private static string Count(int n, string one, string many) => n == 1 ? "1 " + one : n.ToString(CultureInfo.InvariantCulture) + " " + many;

    private static string Clip(string s) => s.Length > 300 ? s[..300] + "…" : s;
}
