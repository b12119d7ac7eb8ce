namespace DdmConformance.Reports.Overview;

/// <summary>
/// The rule families in generator/RULES.md's order, and each as a reader says it: <c>UrisAndParameters</c> (the
/// catalog's name, kept in ids, SARIF and summary.json) reads "3 · URIs and parameters" on the page.
/// </summary>
internal static class RuleFamilies
{
    private static readonly (string Name, string Title)[] Families =
    [
        ("SpecFiles", "Spec files"),
        ("ExamplesVsSchemas", "1 · Examples vs schemas"),
        ("References", "2 · References"),
        ("UrisAndParameters", "3 · URIs and parameters"),
        ("StatusAndErrorCodes", "4 · Status and error codes"),
        ("DocumentationDefects", "5 · Documentation defects"),
        ("Contradictions", "6 · Contradictions"),
    ];

    public static string Title(string family) => Families.FirstOrDefault(f => f.Name == family).Title ?? family;

    /// <summary>Where the family stands in RULES.md; unknown families go last.</summary>
    public static int Order(string family) => Array.FindIndex(Families, f => f.Name == family) is var i and >= 0 ? i : int.MaxValue;
}
