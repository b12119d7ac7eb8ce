using System.Text.RegularExpressions;

namespace DdmConformance.Reports.Evidence;

/// <summary>
/// Field paths as checks name them (<c>#/instances[0].status</c> from the schema check,
/// <c>instances[0].node_count is string</c> from the paired-example check) and in one normal form
/// (<c>instances[].status</c>) so table rows and diff rows can be matched to them.
/// </summary>
internal static partial class FieldPaths
{
    /// <summary>The fields a failed check's "actual" text names, normalised, in order of mention, without duplicates.</summary>
    public static IReadOnlyList<string> Mentioned(string check, string actual)
    {
        var found = new List<string>();
        var matches = check == "schema" ? SchemaPath().Matches(actual) : ProsePath().Matches(actual);
        foreach (Match m in matches)
        {
            var path = Normalize(m.Groups[1].Value);
            if (path.Length > 0 && path != "body" && !found.Contains(path)) found.Add(path);
        }
        return found;
    }

    /// <summary><c>#/a[3].b</c> → <c>a[].b</c>.</summary>
    public static string Normalize(string path)
    {
        var p = path.Trim();
        if (p.StartsWith("#/", StringComparison.Ordinal)) p = p[2..];
        else if (p == "#") p = "";
        p = p.Replace('/', '.');
        return Index().Replace(p, "[]").Trim('.');
    }

    /// <summary><c>a[].b</c> → <c>["a", "[]", "b"]</c>.</summary>
    public static IReadOnlyList<string> Segments(string normalized)
    {
        var segments = new List<string>();
        foreach (var part in normalized.Split('.', StringSplitOptions.RemoveEmptyEntries))
        {
            var name = part;
            var arrays = 0;
            while (name.EndsWith("[]", StringComparison.Ordinal))
            {
                name = name[..^2];
                arrays++;
            }
            if (name.Length > 0) segments.Add(name);
            for (var i = 0; i < arrays; i++) segments.Add("[]");
        }
        return segments;
    }

    // "#/instances[0].status: NotInEnumeration" (NJsonSchema paths).
    [GeneratedRegex(@"(#/?[^\s:;]*)")]
    private static partial Regex SchemaPath();

    // "instance_num is missing", "instances[0].node_count is string, …", "name is \"x\", sent \"y\"".
    [GeneratedRegex(@"(?:^|;\s*)([A-Za-z_][A-Za-z0-9_\-]*(?:\[\d*\])*(?:\.[A-Za-z_][A-Za-z0-9_\-]*(?:\[\d*\])*)*) (?:is|are|has) ")]
    private static partial Regex ProsePath();

    [GeneratedRegex(@"\[\d+\]")]
    private static partial Regex Index();
}
