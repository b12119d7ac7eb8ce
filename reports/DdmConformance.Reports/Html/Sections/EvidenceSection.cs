using System.Globalization;
using System.Text;
using DdmConformance.Reports.Evidence;

namespace DdmConformance.Reports.Html.Sections;

/// <summary>
/// The evidence of a failed case: per failed check what the reference says (quoted) and the field-level
/// diff of the body, then a copyable curl command that reproduces the request.
/// </summary>
internal static class EvidenceSection
{
    public static void Write(StringBuilder sb, ReportPage page, CaseEvidence evidence)
    {
        var c = evidence.Case;
        var gate = page.Overview.Gate;
        var anchor = page.CaseAnchor(c);
        sb.Append("<div class=\"evidence\">\n");
        foreach (var item in evidence.Checks)
        {
            var k = item.Check;
            var severity = k.IsDeviation ? "deviation" : "warning";
            sb.Append("<div").Attr("class", "finding-block " + severity).Attr("data-check", k.Check).Append(">\n<h4>")
              .Text(k.IsDeviation ? "Deviation" : "Warning").Append(": <code>").Text(k.Check).Append("</code>");
            if (gate?.KnownEntry(c.CaseId, k) is { } known)
                sb.Append(" <span class=\"tag known\">known: ").Text(known.Reason).Append(known.Expires is { } day ? string.Create(CultureInfo.InvariantCulture, $" (until {day:yyyy-MM-dd})") : "").Append("</span>");
            else if (gate?.Entry(c.CaseId, k.Check) is { } expired && k.IsDeviation)
                sb.Append(" <span class=\"tag regressed\">baseline entry expired ").Text(expired.Expires?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "").Append("</span>");
            if (gate?.IsRegression(c.CaseId, k) == true) sb.Append(" <span class=\"tag regressed\">new since previous run</span>");
            sb.Append("</h4>\n<table class=\"ea\"><tr><th>Expected</th><td class=\"wrap mono\">").Text(k.Expected)
              .Append("</td></tr><tr><th>Actual</th><td class=\"wrap mono\">").Text(k.Actual).Append("</td></tr></table>\n");

            WriteQuotes(sb, c.Section, c.DocTitle, item.Quotes);
            if (item.Diff is { } diff) WriteDiff(sb, diff);
            sb.Append("</div>\n");
        }

        if (evidence.Curl is { } curl)
        {
            var id = "curl-" + anchor;
            sb.Append("<div class=\"repro\"><h4>Reproduce with curl <button type=\"button\" class=\"copy\"").Attr("data-copy", id).Append(">Copy</button></h4>")
              .Append("<pre class=\"curl\"").Attr("id", id).Append('>').Text(curl).Append("</pre></div>\n");
        }
        sb.Append("</div>\n");
    }

    private static void WriteQuotes(StringBuilder sb, string section, string title, IReadOnlyList<DocQuote> quotes)
    {
        sb.Append("<div class=\"doc\"><h5>What the reference says · §").Text(section).Append(' ').Text(title).Append("</h5>\n");
        if (quotes.Count == 0)
            sb.Append("<p class=\"muted\">The check relies on the section as a whole.</p>\n");
        foreach (var q in quotes)
        {
            sb.Append("<div class=\"quote\"><span class=\"q-label\">").Text(q.Label);
            if (q.DocLine > 0) sb.Append(" · document line ").Append(q.DocLine.ToString(CultureInfo.InvariantCulture));
            sb.Append("</span>");
            if (q.Kind == QuoteKind.Example) sb.Append("<pre class=\"quote-code\">").Text(q.Text).Append("</pre>");
            else sb.Append("<blockquote>").Text(q.Text).Append("</blockquote>");
            sb.Append("</div>\n");
        }
        sb.Append("</div>\n");
    }

    private static void WriteDiff(StringBuilder sb, BodyDiffResult diff)
    {
        var notable = diff.Rows.Where(r => r.IsNotable).ToList();
        var rest = diff.Rows.Where(r => !r.IsNotable).ToList();
        sb.Append("<div class=\"diff\"><h5>Field-level diff: ").Text(diff.Against).Append(" → actual body</h5>\n");
        if (notable.Count > 0) DiffTable(sb, notable);
        else sb.Append("<p class=\"muted\">No field is missing, added or of another type.</p>\n");
        if (rest.Count > 0)
        {
            var same = rest.Count(r => r.Kind == DiffKind.Same);
            sb.Append("<details class=\"diff-rest\"><summary>").Text($"{rest.Count} more field(s): {same} as documented, {rest.Count - same} with other values").Append("</summary>\n");
            DiffTable(sb, rest);
            sb.Append("</details>\n");
        }
        if (diff.Truncated) sb.Append("<p class=\"note\">The diff stops after its first 300 fields.</p>\n");
        sb.Append("</div>\n");
    }

    private static void DiffTable(StringBuilder sb, IReadOnlyList<DiffRow> rows)
    {
        sb.Append("<table class=\"diff-table\"><thead><tr><th>Field</th><th>Documented</th><th>Actual</th><th>Difference</th></tr></thead><tbody>\n");
        foreach (var r in rows)
        {
            sb.Append("<tr").Attr("class", "d-" + KindClass(r.Kind) + (r.Flagged ? " flagged" : "")).Append("><td class=\"mono\">").Text(r.Path)
              .Append("</td><td class=\"wrap mono\">").Text(r.Documented ?? "—")
              .Append("</td><td class=\"wrap mono\">").Text(r.Actual ?? "—")
              .Append("</td><td>").Text(KindText(r.Kind)).Append(r.Flagged ? " ◀ the check names this field" : "").Append("</td></tr>\n");
        }
        sb.Append("</tbody></table>\n");
    }

    private static string KindClass(DiffKind k) => k switch
    {
        DiffKind.Missing => "missing",
        DiffKind.Extra => "extra",
        DiffKind.OtherType => "type",
        DiffKind.OtherValue => "value",
        _ => "same",
    };

    private static string KindText(DiffKind k) => k switch
    {
        DiffKind.Missing => "missing",
        DiffKind.Extra => "not documented",
        DiffKind.OtherType => "other type",
        DiffKind.OtherValue => "other value",
        _ => "as documented",
    };
}
