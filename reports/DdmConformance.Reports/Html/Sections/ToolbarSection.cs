using System.Text;

namespace DdmConformance.Reports.Html.Sections;

/// <summary>
/// The filters: deviations only, chapter, failed check, known deviations, free text. Hidden until the
/// script runs (without it the controls would do nothing); the same filters can be given in the address
/// (<c>report.html?deviations=1&amp;chapter=4.2&amp;check=schema&amp;q=instance_num</c>) to share a view.
/// </summary>
internal static class ToolbarSection
{
    public static void Write(StringBuilder sb, ReportPage page)
    {
        sb.Append("<div class=\"toolbar\" id=\"toolbar\" hidden>")
          .Append("<label><input type=\"checkbox\" id=\"deviations-only\"> Deviations only</label>");
        if (page.Overview.Gate?.Baseline is not null)
            sb.Append("<label><input type=\"checkbox\" id=\"hide-known\"> Hide known (baseline)</label>");
        else
            sb.Append("<input type=\"checkbox\" id=\"hide-known\" hidden>");

        sb.Append("<label>Chapter <select id=\"chapter\"><option value=\"\">all</option>");
        foreach (var chapter in page.Overview.Chapters)
            sb.Append("<option").Attr("value", chapter.Key).Attr("data-number", chapter.Number).Append('>').Text(chapter.Display).Append("</option>");
        sb.Append("</select></label>");

        sb.Append("<label>Failed check <select id=\"check\"><option value=\"\">any</option>");
        foreach (var check in page.FailedCheckNames)
            sb.Append("<option").Attr("value", check).Append('>').Text(check).Append("</option>");
        sb.Append("</select></label>");

        sb.Append("<input type=\"search\" id=\"search\" placeholder=\"Search operations, cases, deviations\" aria-label=\"Search operations, cases and deviations\">")
          .Append("<button type=\"button\" id=\"expand-failed\">Expand failed</button>")
          .Append("<button type=\"button\" id=\"collapse-all\">Collapse all</button>")
          .Append("<span id=\"shown\" class=\"muted\"></span></div>\n");
    }
}
