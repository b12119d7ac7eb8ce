using DdmConformance.Reports;

namespace DdmConformance.Cli.Verbs;

/// <summary>
/// The last step of <c>run</c>: allure-results/ → allure-report/ with the npm Allure CLI, when Node.js is
/// there. Skipped after Ctrl-C (the user wants out) and when <c>DDM_ALLURE_HTML=0</c> (CI jobs that
/// publish allure-results/ to their own Allure server, or test runs that do not look at it).
/// </summary>
internal static class AllureReportStep
{
    public static string Run(string outDirectory, bool cancelled)
    {
        if (cancelled) return "allure-report/ not rendered: the run was interrupted (allure-results/ is written)";
        if (Environment.GetEnvironmentVariable("DDM_ALLURE_HTML") is "0" or "false" or "off")
            return "allure-report/ not rendered: DDM_ALLURE_HTML=0 (allure-results/ is written)";
        return AllureHtmlRenderer.Render(
            Path.Combine(outDirectory, AllureResultsWriter.DirectoryName),
            Path.Combine(outDirectory, AllureHtmlRenderer.DirectoryName)).Message;
    }
}
