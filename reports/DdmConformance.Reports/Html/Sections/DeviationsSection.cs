using System.Text;

namespace DdmConformance.Reports.Html.Sections;

/// <summary>Every deviation on one table, each linking to the case that shows the exchange.</summary>
internal static class DeviationsSection
{
    public static void Write(StringBuilder sb, ReportPage page)
    {
        var count = page.Overview.Deviations.Count;
        sb.Append("<section id=\"deviations\">\n<h2>Deviations (").Append(count).Append(")</h2>\n");
        if (count == 0)
        {
            sb.Append("<p class=\"muted\">None.</p>\n</section>\n");
            return;
        }

        sb.Append("<table>\n<thead><tr><th>Section</th><th>Operation</th><th>Case</th><th>Check</th><th>Expected</th><th>Actual</th></tr></thead>\n<tbody>\n");
        // Walking the cases (rather than RunResult.Deviations) keeps each row next to its case's anchor.
        foreach (var c in page.Overview.Run.Cases)
        {
            foreach (var d in c.Deviations)
            {
                sb.Append("<tr><td>").Text(d.Section).Append("</td><td class=\"mono\">").Text(d.Operation).Append("</td><td>")
                  .Append("<a").Attr("href", "#" + page.CaseAnchor(c)).Append('>').Text(c.Name).Append("</a>")
                  .Append("</td><td>").Text(d.Check)
                  .Append("</td><td class=\"wrap mono\">").Text(d.Expected)
                  .Append("</td><td class=\"wrap mono\">").Text(d.Actual).Append("</td></tr>\n");
            }
        }
        sb.Append("</tbody>\n</table>\n</section>\n");
    }
}
