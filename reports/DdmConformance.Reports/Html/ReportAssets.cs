namespace DdmConformance.Reports.Html;

/// <summary>The page's stylesheet and script, embedded in this assembly and inlined into every report.</summary>
internal static class ReportAssets
{
    public static string Css { get; } = Read("DdmConformance.Reports.Html.report.css");

    public static string Js { get; } = Read("DdmConformance.Reports.Html.report.js");

    private static string Read(string name)
    {
        using var stream = typeof(ReportAssets).Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"Embedded resource {name} is missing from the build.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
