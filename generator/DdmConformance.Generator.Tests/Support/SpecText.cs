namespace DdmConformance.Generator.Tests.Support;

/// <summary>Small helpers for writing specs inline in tests.</summary>
internal static class SpecText
{
    /// <summary>1-based line of the first line of <paramref name="text"/> that contains <paramref name="marker"/>.</summary>
    public static int LineOf(string text, string marker)
    {
        var lines = text.Replace("\r\n", "\n").Split('\n');
        var index = Array.FindIndex(lines, l => l.Contains(marker, StringComparison.Ordinal));
        if (index < 0) throw new ArgumentException($"'{marker}' is not in the spec");
        return index + 1;
    }

    /// <summary><paramref name="text"/> without the first line containing each of <paramref name="markers"/>.</summary>
    public static string WithoutLines(string text, params string[] markers)
    {
        var lines = text.Replace("\r\n", "\n").Split('\n').ToList();
        foreach (var marker in markers)
        {
            var index = lines.FindIndex(l => l.Contains(marker, StringComparison.Ordinal));
            if (index < 0) throw new ArgumentException($"'{marker}' is not in the spec");
            lines.RemoveAt(index);
        }
        return string.Join("\n", lines);
    }
}
