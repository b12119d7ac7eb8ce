using System.Text;

namespace DdmConformance.Reports.Html.Sections;

/// <summary>
/// Every deviation on one table, each linking to the case that shows its evidence (document quote, diff,
/// exchange, curl). Rows carry the chapter and check the toolbar filters by.
/// </summary>
internal static class DeviationsSection
{
    public static void Write(StringBuilder sb, ReportPage page)
    {
        var count = page.Overview.Deviations.Count;
        var gate = page.Overview.Gate;
        sb.Append("<section id=\"deviations\">\n<h2>Deviations (").Append(count).Append(")</h2>\n");
        if (count == 0)
        {
            sb.Append("<p class=\"muted\">None.</p>\n</section>\n");
            return;
        }

        sb.Append("<p class=\"muted\">Each links to its case: what the document says, the field-level diff, the redacted request and response, and a curl command to reproduce it.</p>\n");
        // A long list scrolls inside its own box, so the matrix and the operations stay one scroll away.
        sb.Append(count > 25 ? "<div class=\"table-scroll\">" : "<div>")
          .Append("<table class=\"deviations\">\n<colgroup><col class=\"c-sec\"><col class=\"c-op\"><col class=\"c-case\"><col class=\"c-check\"><col class=\"c-exp\"><col class=\"c-act\"></colgroup>\n")
          .Append("<thead><tr><th>Section</th><th>Operation</th><th>Case</th><th>Check</th><th>Expected</th><th>Actual</th></tr></thead>\n<tbody>\n");
        // Walking the cases (rather than RunResult.Deviations) keeps each row next to its case's anchor.
        foreach (var c in page.Overview.Run.Cases)
        {
            foreach (var k in c.Checks.Where(k => k.IsDeviation))
            {
                var known = gate?.KnownEntry(c.CaseId, k);
                var regressed = gate?.IsRegression(c.CaseId, k) == true;
                sb.Append("<tr").Attr("class", known is not null ? "dev known" : "dev")
                  .Attr("data-chapter", page.ChapterKey(c)).Attr("data-check", k.Check)
                  .Attr("data-search", $"{c.Operation} {c.OperationId} {c.Name} {c.CaseId} {k.Check} {Clip(k.Expected)} {Clip(k.Actual)} §{c.Section}".ToLowerInvariant())
                  .Append("><td>§").Text(c.Section).Append("</td><td class=\"mono wrap\"").Attr("title", c.Operation).Append('>').Text(c.OperationId).Append("</td><td>")
                  .Append("<a").Attr("href", "#" + page.CaseAnchor(c)).Append('>').Text(c.Name).Append("</a>");
                if (known is not null) sb.Append(" <span class=\"tag known\"").Attr("title", "Baseline: " + known.Reason).Append(">known</span>");
                if (regressed) sb.Append(" <span class=\"tag regressed\">new since previous run</span>");
                sb.Append("</td><td>").Text(k.Check)
                  .Append("</td><td class=\"wrap mono\">").Text(k.Expected)
                  .Append("</td><td class=\"wrap mono\">").Text(k.Actual).Append("</td></tr>\n");
            }
        }
        sb.Append("</tbody>\n</table>\n</div>\n</section>\n");
    }

    private static string Clip(string s) => s.Length <= 200 ? s : s[..200];
}
