namespace DdmConformance.Reports.Html;

/// <summary>
/// A rule family as a reader says it: <c>UrisAndParameters</c> (the catalog's name, kept in ids, SARIF and
/// summary.json) reads "URIs and parameters" on the page. The numbers are generator/RULES.md's families.
/// </summary>
internal static class FamilyTitles
{
    private static readonly Dictionary<string, string> Titles = new(StringComparer.Ordinal)
    {
        ["SpecFiles"] = "Spec files",
        ["ExamplesVsSchemas"] = "1 · Examples vs schemas",
        ["References"] = "2 · References",
        ["UrisAndParameters"] = "3 · URIs and parameters",
        ["StatusAndErrorCodes"] = "4 · Status and error codes",
        ["DocumentationDefects"] = "5 · Documentation defects",
        ["Contradictions"] = "6 · Contradictions",
    };

    public static string Of(string family) => Titles.GetValueOrDefault(family, family);
}
