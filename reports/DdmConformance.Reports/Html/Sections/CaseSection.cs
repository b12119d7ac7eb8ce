using System.Globalization;
using System.Text;
using DdmConformance.Engine.Results;
using DdmConformance.Reports.Evidence;
using DdmConformance.Reports.Overview;

namespace DdmConformance.Reports.Html.Sections;

/// <summary>One case: its sentence and outcome, then (expanded) its checks, the evidence of what failed, and its exchanges.</summary>
internal static class CaseSection
{
    public static void Write(StringBuilder sb, ReportPage page, CaseResult c)
    {
        var outcome = Outcome(c.Outcome);
        var gate = page.Overview.Gate;
        var known = gate?.IsKnownFailure(c) == true;
        var failedChecks = string.Join(' ', c.Checks.Where(k => !k.Passed).Select(k => k.Check).Distinct(StringComparer.Ordinal));
        sb.Append("<details").Attr("class", "case " + outcome).Attr("id", page.CaseAnchor(c)).Attr("data-chapter", page.ChapterKey(c))
          .Attr("data-checks", failedChecks);
        if (known) sb.Append(" data-known=\"1\"");
        sb.Attr("data-search", SearchText(c)).Append(">\n");
        sb.Append("<summary>").Element("span", "badge " + outcome, outcome).Element("span", "case-name", c.Name);
        if (known) sb.Append("<span class=\"tag known\">known</span>");
        sb.Element("span", "kind", Kind(c.Kind)).Element("span", "kind", CaseText.Milliseconds(c.Elapsed)).Append("</summary>\n");

        sb.Append("<div class=\"case-body\">\n<p class=\"muted\">Case <code>").Text(c.CaseId).Append("</code> · §").Text(c.Section).Append(' ').Text(c.DocTitle);
        if (c.DocLine > 0) sb.Append(" · document line ").Append(c.DocLine.ToString(CultureInfo.InvariantCulture));
        sb.Append("</p>\n");

        if (c.Outcome == CaseOutcome.Skipped)
            sb.Append("<p class=\"skip-reason\">Skipped: ").Text(c.SkipReason ?? "no reason given").Append("</p>\n");

        WriteChecks(sb, c);
        var evidence = CaseEvidence.Of(page.Overview, c);
        if (evidence is not null)
        {
            EvidenceSection.Write(sb, page, evidence);
            WriteExchanges(sb, c, evidence.Primary);
        }
        else
        {
            WriteExchanges(sb, c, null);
        }

        sb.Append("</div>\n</details>\n");
    }

    /// <summary>The exchange the failure is about first and open; the others (setup, polls) folded below it.</summary>
    private static void WriteExchanges(StringBuilder sb, CaseResult c, Exchange? primary)
    {
        if (primary is null)
        {
            for (var i = 0; i < c.Exchanges.Count; i++) ExchangeSection.Write(sb, c.Exchanges[i], $"Exchange {Int(i + 1)}");
            return;
        }
        var index = Index(c.Exchanges, primary);
        ExchangeSection.Write(sb, primary, $"Request and response the failure is about (exchange {Int(index + 1)} of {Int(c.Exchanges.Count)}, redacted)");
        if (c.Exchanges.Count < 2) return;
        sb.Append("<details class=\"more-exchanges\"><summary>").Text($"The case's other {c.Exchanges.Count - 1} exchange(s) (setup, polling, read-back)").Append("</summary>\n");
        for (var i = 0; i < c.Exchanges.Count; i++)
            if (i != index) ExchangeSection.Write(sb, c.Exchanges[i], $"Exchange {Int(i + 1)}");
        sb.Append("</details>\n");
    }

    private static int Index(IReadOnlyList<Exchange> exchanges, Exchange e)
    {
        for (var i = 0; i < exchanges.Count; i++)
            if (ReferenceEquals(exchanges[i], e)) return i;
        return 0;
    }

    private static void WriteChecks(StringBuilder sb, CaseResult c)
    {
        if (c.Checks.Count == 0) return;
        sb.Append("<table class=\"checks\">\n<thead><tr><th>Check</th><th>Result</th><th>Expected</th><th>Actual</th></tr></thead>\n<tbody>\n");
        foreach (var k in c.Checks)
        {
            var result = k.Passed ? "passed" : k.IsDeviation ? "failed" : "warning";
            sb.Append("<tr").Attr("class", "check-" + result).Append("><td>").Text(k.Check).Append("</td><td>")
              .Element("span", "badge " + result, result)
              .Append("</td><td class=\"wrap mono\">").Text(k.Expected)
              .Append("</td><td class=\"wrap mono\">").Text(k.Actual).Append("</td></tr>\n");
        }
        sb.Append("</tbody>\n</table>\n");
    }

    /// <summary>What the search box matches a case against (bodies excluded: too big to scan per keystroke).</summary>
    private static string SearchText(CaseResult c)
    {
        var sb = new StringBuilder(c.Name.Length + c.CaseId.Length + 64);
        sb.Append(c.Name).Append(' ').Append(c.CaseId).Append(' ').Append(Kind(c.Kind)).Append(' ').Append(Outcome(c.Outcome)).Append(" §").Append(c.Section);
        foreach (var k in c.Checks)
        {
            sb.Append(' ').Append(k.Check);
            if (!k.Passed) sb.Append(' ').Append(Clip(k.Expected)).Append(' ').Append(Clip(k.Actual));
        }
        foreach (var e in c.Exchanges)
            if (e.Status is { } status) sb.Append(' ').Append(status.ToString(CultureInfo.InvariantCulture));
        return sb.ToString().ToLowerInvariant();
    }

    private static string Clip(string s) => s.Length <= 200 ? s : s[..200];

    private static string Int(int i) => i.ToString(CultureInfo.InvariantCulture);

    private static string Outcome(CaseOutcome o) => o switch
    {
        CaseOutcome.Passed => "passed",
        CaseOutcome.Failed => "failed",
        _ => "skipped",
    };

    private static string Kind(CaseKind k) => k switch
    {
        CaseKind.Example => "example",
        CaseKind.Error => "error code",
        _ => "lifecycle",
    };
}
