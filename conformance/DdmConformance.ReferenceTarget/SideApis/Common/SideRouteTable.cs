namespace DdmConformance.ReferenceTarget.SideApis.Common;

/// <summary>
/// Matches the path below an API's prefix against its operations' templates: literal segments
/// case-sensitively, a <c>{parameter}</c> against one non-empty segment. Kept apart from the DDM
/// route table, whose operations carry DDM's error formats.
/// </summary>
internal sealed class SideRouteTable(IReadOnlyList<SideRoute> routes)
{
    /// <summary>The operations whose template matches <paramref name="path"/> (one per method), with the path's values; empty when none.</summary>
    public (IReadOnlyList<SideRoute> Routes, IReadOnlyDictionary<string, string> Values) Match(string path)
    {
        var segments = Segments(path);
        foreach (var group in routes.GroupBy(r => r.Template, StringComparer.Ordinal))
        {
            var values = Bind(Segments(group.Key), segments);
            if (values is not null)
                return (group.ToList(), values);
        }
        return ([], new Dictionary<string, string>());
    }

    private static Dictionary<string, string>? Bind(string[] template, string[] segments)
    {
        if (template.Length != segments.Length)
            return null;
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < template.Length; i++)
        {
            if (template[i].StartsWith('{') && template[i].EndsWith('}'))
            {
                if (segments[i].Length == 0)
                    return null;
                values[template[i][1..^1]] = segments[i];
            }
            else if (!string.Equals(template[i], segments[i], StringComparison.Ordinal))
            {
                return null;
            }
        }
        return values;
    }

    // "/" (and the bare prefix, which arrives as "") has no segments; "/a/" has a trailing empty one.
    private static string[] Segments(string path)
    {
        var trimmed = path.StartsWith('/') ? path[1..] : path;
        return trimmed.Length == 0 ? [] : trimmed.Split('/');
    }
}
