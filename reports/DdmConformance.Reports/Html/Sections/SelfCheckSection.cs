using System.Globalization;
using System.Text;
using DdmConformance.Reports.SelfCheck;

namespace DdmConformance.Reports.Html.Sections;

/// <summary>
/// The suite's mutation score (<c>run --self-check</c>): one row per injected deviation with the case that
/// caught it, missed ones highlighted. The catching case links to the same case of this run (on the
/// unmodified target), where the request it sends can be read.
/// </summary>
internal static class SelfCheckSection
{
    public const string Anchor = "self-check";

    public static void Write(StringBuilder sb, ReportPage page)
    {
        if (page.Overview.SelfCheck is not { } s) return;
        var anchors = page.Overview.Run.Cases.GroupBy(c => c.CaseId).ToDictionary(g => g.Key, g => page.CaseAnchor(g.First()), StringComparer.Ordinal);

        sb.Append("<section").Attr("id", Anchor).Append(">\n<h2>Self-check (mutation score)</h2>\n<p>")
          .Append(s.Passed ? "<span class=\"badge passed\">passed</span> " : "<span class=\"badge failed\">failed</span> ")
          .Append("<b class=\"score\">").Text(s.Score).Append("</b> injected deviations caught. ")
          .Text("The bundled reference target was started once per named deviation, and the suite ran its cases in plan order until one reported a deviation. ")
          .Text(s.UnmodifiedTargetDeviations == 0
              ? "On the unmodified target this run found no deviation, as it must."
              : $"On the unmodified target this run found {s.UnmodifiedTargetDeviations} deviation(s): the suite (or the target) is wrong, so the injected runs prove nothing until that is fixed.")
          .Append("</p>\n<p class=\"muted\">")
          .Text(string.Create(CultureInfo.InvariantCulture, $"Injected runs: {s.Jobs} at a time, {s.Elapsed.TotalSeconds:0.0} s in all; each uses this run's selection (--tag, --api, --mode), so a deviation in an operation outside it goes unnoticed."));
        if (s.Interrupted is not null) sb.Append(' ').Text("Stopped early: " + s.Interrupted + ".");
        sb.Append("</p>\n");

        sb.Append(s.Total > 25 ? "<div class=\"table-scroll\">" : "<div>")
          .Append("<table class=\"self-check compact\">\n<thead><tr><th>Injected deviation</th><th>Result</th><th>First case that caught it</th><th>Check</th><th>Section</th><th>Cases run</th><th>Seconds</th></tr></thead>\n<tbody>\n");
        foreach (var d in s.Deviations) Row(sb, d, anchors);
        sb.Append("</tbody>\n</table>\n</div>\n</section>\n");
    }

    private static void Row(StringBuilder sb, InjectedDeviationOutcome d, IReadOnlyDictionary<string, string> anchors)
    {
        var (rowClass, badge) = d.State switch
        {
            InjectionState.Caught => ("sc caught", "passed"),
            InjectionState.Missed => ("sc missed", "failed"),
            _ => ("sc not-run", "skipped"),
        };
        sb.Append("<tr").Attr("class", rowClass).Attr("data-deviation", d.Name).Append("><td><code>").Text(d.Name).Append("</code><div class=\"muted\">")
          .Text(d.Description).Append("</div></td><td><span").Attr("class", "badge " + badge).Append('>').Text(SelfCheckText.Outcome(d.State)).Append("</span></td><td class=\"wrap\">");
        if (d.FirstCatch is { } c)
        {
            if (anchors.TryGetValue(c.Case, out var anchor)) sb.Append("<a").Attr("href", "#" + anchor).Append("><code>").Text(c.Case).Append("</code></a>");
            else sb.Append("<code>").Text(c.Case).Append("</code>");
            sb.Append("<div class=\"muted mono\">").Text(c.Operation).Append("</div><div class=\"muted\">expected ").Text(Clip(c.Expected))
              .Append("; actual ").Text(Clip(c.Actual)).Append("</div>");
        }
        else sb.Text(d.State == InjectionState.Missed ? "no case reported a deviation" : "—");
        if (d.Note is not null) sb.Append("<div class=\"note\">").Text(d.Note).Append("</div>");
        sb.Append("</td><td>").Text(d.FirstCatch?.Check ?? "").Append("</td><td>").Text(d.FirstCatch is { } f ? "§" + f.Section : "")
          .Append("</td><td class=\"num\">").Append(d.CasesRun.ToString(CultureInfo.InvariantCulture))
          .Append("</td><td class=\"num\">").Append(d.Elapsed.TotalSeconds.ToString("0.0", CultureInfo.InvariantCulture)).Append("</td></tr>\n");
    }

    private static string Clip(string s) => s.Length > 200 ? s[..200] + "…" : s;
}
