using System.Globalization;
using System.Text;
using DdmConformance.Reports.Overview;

namespace DdmConformance.Reports.Html.Sections;

/// <summary>
/// Chapters × operations at a glance: one row per chapter, one cell per operation coloured by its worst
/// result. Each cell links to the operation below, which opens to its cases.
/// </summary>
internal static class MatrixSection
{
    public static void Write(StringBuilder sb, ReportPage page)
    {
        sb.Append("<section id=\"matrix\">\n<h2>Chapters × operations</h2>\n")
          .Append("<p class=\"legend\"><span class=\"cell w-failed\">failed</span><span class=\"cell w-skipped\">skipped</span>")
          .Append("<span class=\"cell w-passed\">passed</span><span class=\"cell w-none\">not exercised</span> worst result of the operation's cases; a cell opens the operation.</p>\n")
          .Append("<table class=\"matrix\"><tbody>\n");
        foreach (var chapter in page.Overview.Chapters)
        {
            var failed = chapter.Operations.Count(o => o.Worst == WorstOutcome.Failed);
            sb.Append("<tr").Attr("data-chapter", chapter.Key).Append("><th scope=\"row\">").Text(chapter.Display)
              .Append("<span class=\"muted\">").Text($" {Int(failed)} of {Int(chapter.Operations.Count)} failing").Append("</span></th><td>");
            foreach (var op in chapter.Operations)
            {
                var title = $"§{op.Section} {op.OperationId}: {op.Display} ({op.Title}) — {Int(op.Cases.Count)} cases: {Int(op.Passed)} passed, {Int(op.Failed)} failed, {Int(op.Skipped)} skipped";
                sb.Append("<a").Attr("class", "cell " + OperationsSection.WorstClass(op.Worst)).Attr("href", "#" + ReportPage.OperationAnchor(op)).Attr("title", title)
                  .Append("><span class=\"sec\">").Text(op.Section).Append("</span><span class=\"opname\">").Text(op.OperationId).Append("</span></a>");
            }
            sb.Append("</td></tr>\n");
        }
        sb.Append("</tbody></table>\n</section>\n");
    }

    private static string Int(int i) => i.ToString(CultureInfo.InvariantCulture);
}
