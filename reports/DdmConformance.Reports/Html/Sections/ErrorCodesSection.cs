using System.Globalization;
using System.Text;
using DdmConformance.Reports.Overview;

namespace DdmConformance.Reports.Html.Sections;

/// <summary>
/// The error-code catalogue (appendix A.3) against the run: which codes the target was made to answer,
/// which the suite could not get back, and — with the document's reason — which no client can provoke.
/// </summary>
internal static class ErrorCodesSection
{
    public static void Write(StringBuilder sb, ReportPage page)
    {
        var rows = page.Overview.ErrorCodes;
        var c = page.Overview.Coverage;
        sb.Append("<section id=\"error-codes\">\n<h2>Error codes (").Append(Int(rows.Count)).Append(")</h2>\n");
        if (rows.Count == 0)
        {
            sb.Append("<p class=\"muted\">The specs of this run have no error-code catalogue.</p>\n</section>\n");
            return;
        }
        sb.Append("<p>").Text($"{c.ErrorCodesProvoked} provoked (the target answered them, as documented, to a request that had to fail) of {c.ErrorCodesProvokable} the suite has a recipe for; {c.ErrorCodesUntriggerable} are not externally triggerable; {c.ErrorCodesTotal} in total.").Append("</p>\n");

        var multiApi = rows.Select(r => r.Api).Distinct().Count() > 1;
        var untriggerable = rows.Where(r => r.State == ErrorCodeState.Untriggerable).ToList();
        sb.Append("<h3 id=\"error-codes-untriggerable\">Not externally triggerable (").Append(Int(untriggerable.Count)).Append(")</h3>\n");
        if (untriggerable.Count == 0) sb.Append("<p class=\"muted\">None.</p>\n");
        else Table(sb, untriggerable, multiApi, reasonColumn: true);

        var others = rows.Where(r => r.State != ErrorCodeState.Untriggerable).ToList();
        sb.Append("<details class=\"codes\"><summary>").Text($"Provokable and other codes ({others.Count}): provoked, not provoked, no recipe yet").Append("</summary>\n");
        Table(sb, others, multiApi, reasonColumn: false);
        sb.Append("</details>\n</section>\n");
    }

    private static void Table(StringBuilder sb, IReadOnlyList<ErrorCodeRow> rows, bool multiApi, bool reasonColumn)
    {
        sb.Append("<table class=\"codes\"><thead><tr>");
        if (multiApi) sb.Append("<th>API</th>");
        sb.Append("<th>Code</th><th>Status</th><th>Message</th><th>").Append(reasonColumn ? "Why no client can provoke it" : "In this run").Append("</th></tr></thead><tbody>\n");
        foreach (var r in rows)
        {
            sb.Append("<tr").Attr("class", "code-" + StateClass(r.State)).Append('>');
            if (multiApi) sb.Append("<td>").Text(r.Api).Append("</td>");
            sb.Append("<td class=\"mono\">").Text(r.Code.Code).Append("</td><td>").Append(Int(r.Code.Status))
              .Append("</td><td class=\"wrap\">").Text(r.Code.Message).Append("</td><td class=\"wrap\">").Text(StateText(r)).Append("</td></tr>\n");
        }
        sb.Append("</tbody></table>\n");
    }

    private static string StateText(ErrorCodeRow r) => r.State switch
    {
        ErrorCodeState.Provoked => $"provoked ({r.ProvokedBy} case(s))" + (r.Code.Trigger.Length > 0 ? $" · recipe {r.Code.Trigger}" : ""),
        ErrorCodeState.NotProvoked when !r.HasRecipe => $"not provoked · the engine has no recipe for trigger {r.Code.Trigger} yet",
        ErrorCodeState.NotProvoked => $"not provoked · recipe {r.Code.Trigger} (no case ran it, or the target answered otherwise)",
        ErrorCodeState.Untriggerable => r.Code.Untriggerable,
        _ => "no recipe yet",
    };

    private static string StateClass(ErrorCodeState s) => s switch
    {
        ErrorCodeState.Provoked => "provoked",
        ErrorCodeState.NotProvoked => "not-provoked",
        ErrorCodeState.Untriggerable => "untriggerable",
        _ => "no-recipe",
    };

    private static string Int(int i) => i.ToString(CultureInfo.InvariantCulture);
}
