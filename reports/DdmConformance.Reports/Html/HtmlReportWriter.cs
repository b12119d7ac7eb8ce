using System.Text;
using DdmConformance.Api;
using DdmConformance.Api.Catalog;
using DdmConformance.Engine.Results;
using DdmConformance.Reports.Gates;
using DdmConformance.Reports.Html;
using DdmConformance.Reports.Html.Sections;
using DdmConformance.Reports.Overview;
using DdmConformance.Reports.SelfCheck;

namespace DdmConformance.Reports;

/// <summary>
/// Writes <c>report.html</c>: one self-contained file (inline CSS and script, no external URL of any
/// kind) that a reviewer opens from disk. Rendered entirely here, as one string, so the page needs no
/// script to show its content and stays fast with thousands of cases; the script only filters.
/// </summary>
public static class HtmlReportWriter
{
    /// <summary>Writes the report of <paramref name="run"/> to <paramref name="path"/>, naming findings' rules from <see cref="ApiCatalog.Rules"/>.</summary>
    public static void Write(RunResult run, string path, RunGate? gate = null, SelfCheckResult? selfCheck = null) => Write(run, ApiCatalog.Rules, path, gate, selfCheck);

    /// <summary>Writes the report with an explicit rule catalogue (for findings of rules the built-in catalogue lacks).</summary>
    public static void Write(RunResult run, IReadOnlyList<RuleDescriptor> rules, string path, RunGate? gate = null, SelfCheckResult? selfCheck = null)
    {
        ArgumentNullException.ThrowIfNull(run);
        ArgumentNullException.ThrowIfNull(rules);
        File.WriteAllText(path, Render(RunOverview.Of(run, rules, gate, selfCheck)), new UTF8Encoding(false));
    }

    internal static string Render(RunOverview overview)
    {
        var page = new ReportPage(overview);
        var run = overview.Run;
        var sb = new StringBuilder(capacity: 64 * 1024 + run.Cases.Count * 4096);

        sb.Append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
          .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
          .Append("<title>").Text($"DDM conformance: {overview.Verdict.Wire()} · {run.Target}").Append("</title>\n")
          .Append("<style>\n").Append(ReportAssets.Css).Append("</style>\n</head>\n<body>\n");

        RunHeaderSection.Write(sb, page);
        // Above the toolbar: it proves the suite's power, which the filters below do not concern.
        SelfCheckSection.Write(sb, page);
        ToolbarSection.Write(sb, page);
        GateSection.Write(sb, page);
        DeviationsSection.Write(sb, page);
        MatrixSection.Write(sb, page);
        OperationsSection.Write(sb, page);
        ErrorCodesSection.Write(sb, page);
        FindingsSection.Write(sb, page);

        sb.Append("<script>\n").Append(ReportAssets.Js).Append("</script>\n</body>\n</html>\n");
        return sb.ToString();
    }
}
