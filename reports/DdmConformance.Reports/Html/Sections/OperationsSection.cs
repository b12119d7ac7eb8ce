using System.Globalization;
using System.Text;
using DdmConformance.Reports.Overview;

namespace DdmConformance.Reports.Html.Sections;

/// <summary>
/// One row per operation of every API (also those no case exercised), grouped by chapter, coloured by
/// its worst result, each expanding to its cases.
/// </summary>
internal static class OperationsSection
{
    public static void Write(StringBuilder sb, ReportPage page)
    {
        var operations = page.Overview.Operations;
        sb.Append("<section id=\"operations\">\n<h2>Operations and cases (").Append(Int(operations.Count)).Append(")</h2>\n");

        sb.Append("<div class=\"ops\">\n<div class=\"ops-head grid\"><span></span><span>Section</span><span>Method</span><span>Path</span>")
          .Append("<span class=\"opid\">Operation</span><span>Cases</span><span>Passed</span><span>Failed</span><span>Skipped</span></div>\n");
        foreach (var chapter in page.Overview.Chapters)
        {
            sb.Append("<div class=\"chapter-head\"").Attr("data-chapter", chapter.Key).Append('>').Text(chapter.Display).Append("</div>\n");
            foreach (var op in chapter.Operations) WriteOperation(sb, page, op, chapter.Key);
        }
        sb.Append("</div>\n</section>\n");
    }

    private static void WriteOperation(StringBuilder sb, ReportPage page, OperationTally op, string chapter)
    {
        sb.Append("<details").Attr("class", "op " + WorstClass(op.Worst)).Attr("id", ReportPage.OperationAnchor(op)).Attr("data-chapter", chapter)
          .Attr("data-search", $"{op.OperationId} {op.Display} §{op.Section} {op.Title} {op.Api}".ToLowerInvariant()).Append(">\n");
        sb.Append("<summary class=\"grid\">")
          .Element("span", null, op.Section)
          .Element("span", "method", op.Method)
          .Element("span", "path", op.PathTemplate)
          .Element("span", "opid mono", op.OperationId)
          .Element("span", "num", Int(op.Cases.Count))
          .Element("span", "num", Int(op.Passed))
          .Element("span", "num", Int(op.Failed))
          .Element("span", "num", Int(op.Skipped))
          .Append("</summary>\n<div class=\"op-body\">\n<p class=\"op-title\">§").Text(op.Section).Append(' ').Text(op.Title)
          .Append(" · <span class=\"mono\">").Text(op.Api).Append('.').Text(op.OperationId).Append("</span></p>\n");

        if (op.Cases.Count == 0)
            sb.Append("<p class=\"muted\">No case exercised this operation.</p>\n");
        foreach (var c in op.Cases) CaseSection.Write(sb, page, c);

        sb.Append("</div>\n</details>\n");
    }

    public static string WorstClass(WorstOutcome worst) => worst switch
    {
        WorstOutcome.Failed => "w-failed",
        WorstOutcome.Skipped => "w-skipped",
        WorstOutcome.Passed => "w-passed",
        _ => "w-none",
    };

    private static string Int(int i) => i.ToString(CultureInfo.InvariantCulture);
}
