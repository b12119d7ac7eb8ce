using DdmConformance.Engine.Results;

namespace DdmConformance.Reports;

/// <summary>The reports every run leaves behind, under their fixed names (DESIGN.md, "Command line").</summary>
public static class ReportSet
{
    public const string HtmlFileName = "report.html";
    public const string JUnitFileName = "junit.xml";
    public const string SummaryFileName = "summary.json";

    /// <summary>
    /// Writes <c>report.html</c>, <c>junit.xml</c> and <c>summary.json</c> into <paramref name="outDirectory"/>
    /// (created if missing, existing files replaced) and returns their full paths in that order.
    /// </summary>
    public static IReadOnlyList<string> WriteAll(RunResult run, string outDirectory)
    {
        ArgumentNullException.ThrowIfNull(run);
        var directory = Directory.CreateDirectory(outDirectory).FullName;
        var html = Path.Combine(directory, HtmlFileName);
        var junit = Path.Combine(directory, JUnitFileName);
        var summary = Path.Combine(directory, SummaryFileName);

        HtmlReportWriter.Write(run, html);
        JUnitWriter.Write(run, junit);
        SummaryWriter.Write(run, summary);
        return [html, junit, summary];
    }
}
