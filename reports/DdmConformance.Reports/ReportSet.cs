using DdmConformance.Engine.Results;
using DdmConformance.Reports.Gates;
using DdmConformance.Reports.SelfCheck;

namespace DdmConformance.Reports;

/// <summary>The reports every run leaves behind, under their fixed names (DESIGN.md, "Command line").</summary>
public static class ReportSet
{
    public const string HtmlFileName = "report.html";
    public const string JUnitFileName = "junit.xml";
    public const string SummaryFileName = "summary.json";

    /// <summary>
    /// Writes <c>report.html</c>, <c>junit.xml</c> and <c>summary.json</c> into <paramref name="outDirectory"/>
    /// (created if missing, existing files replaced) and returns their full paths in that order; then
    /// <c>allure-results/</c> beside them. With a <paramref name="gate"/>, every report shows the same
    /// baseline verdict and comparison; with a <paramref name="selfCheck"/>, report.html, junit.xml and summary.json
    /// show the suite's mutation score.
    /// </summary>
    public static IReadOnlyList<string> WriteAll(RunResult run, string outDirectory, RunGate? gate = null, SelfCheckResult? selfCheck = null)
    {
        ArgumentNullException.ThrowIfNull(run);
        var directory = Directory.CreateDirectory(outDirectory).FullName;
        var html = Path.Combine(directory, HtmlFileName);
        var junit = Path.Combine(directory, JUnitFileName);
        var summary = Path.Combine(directory, SummaryFileName);

        HtmlReportWriter.Write(run, html, gate, selfCheck);
        JUnitWriter.Write(run, junit, gate, selfCheck);
        SummaryWriter.Write(run, summary, gate, selfCheck);
        AllureResultsWriter.Write(run, Path.Combine(directory, AllureResultsWriter.DirectoryName), gate);
        return [html, junit, summary];
    }
}
