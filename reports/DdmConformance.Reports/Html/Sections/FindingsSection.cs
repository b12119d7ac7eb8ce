using System.Globalization;
using System.Text;
using DdmConformance.Reports.Overview;

namespace DdmConformance.Reports.Html.Sections;

/// <summary>The static analysis of the specs: findings by family, then by rule, each pointing at the spec line and document section.</summary>
internal static class FindingsSection
{
    public static void Write(StringBuilder sb, ReportPage page)
    {
        var findings = page.Overview.Findings;
        var rules = page.Overview.Rules;
        sb.Append("<section id=\"findings\">\n<h2>Static-analysis findings (").Append(findings.Count.ToString(CultureInfo.InvariantCulture)).Append(")</h2>\n");
        if (findings.Count == 0)
        {
            sb.Append("<p class=\"muted\">None.</p>\n</section>\n");
            return;
        }

        var familyOf = rules.GroupBy(r => r.Id, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First().Family, StringComparer.Ordinal);
        foreach (var (family, count) in page.Overview.FindingsByFamily())
        {
            sb.Append("<h3").Attr("id", "family-" + family).Append('>').Text(RuleFamilies.Title(family)).Append(" <span class=\"muted\">(")
              .Append(count.ToString(CultureInfo.InvariantCulture)).Append(")</span></h3>\n");
            var groups = findings.Where(f => (familyOf.GetValueOrDefault(f.RuleId) ?? "Unknown rule") == family)
                .GroupBy(f => f.RuleId, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal);
            foreach (var group in groups)
            {
                var rule = rules.FirstOrDefault(r => r.Id == group.Key);
                sb.Append("<details class=\"rule\" open").Attr("id", "rule-" + group.Key).Append("><summary><code>").Text(group.Key).Append("</code> ");
                if (rule is not null)
                    sb.Text(rule.Title).Append(" <span class=\"muted\">(").Text(RuleFamilies.Title(rule.Family)).Append(", ").Text(rule.Severity.ToLowerInvariant()).Append(")</span>");
                sb.Append(" · ").Append(group.Count().ToString(CultureInfo.InvariantCulture)).Append(" finding(s)</summary>\n");

                sb.Append("<table class=\"findings\">\n<thead><tr><th>Message</th><th>Operation</th><th>Section</th><th>Spec location</th></tr></thead>\n<tbody>\n");
                foreach (var f in group)
                {
                    var location = f.Line > 0 ? $"{f.File}:{f.Line.ToString(CultureInfo.InvariantCulture)}" : f.File;
                    sb.Append("<tr><td class=\"wrap\">").Text(f.Message)
                      .Append("</td><td class=\"mono\">").Text(f.Operation)
                      .Append("</td><td>").Text(f.DocSection)
                      .Append("</td><td class=\"mono\">").Text(location).Append("</td></tr>\n");
                }
                sb.Append("</tbody>\n</table>\n</details>\n");
            }
        }
        sb.Append("</section>\n");
    }
}
