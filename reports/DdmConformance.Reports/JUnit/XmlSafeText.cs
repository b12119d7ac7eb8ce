using System.Text;
using System.Xml;

namespace DdmConformance.Reports.JUnit;

/// <summary>Makes arbitrary target output safe for XML 1.0, which forbids most control characters.</summary>
internal static class XmlSafeText
{
    /// <summary>Replaces every character XML 1.0 cannot carry (even escaped) with U+FFFD.</summary>
    public static string Clean(string? text)
    {
        if (string.IsNullOrEmpty(text)) return string.Empty;
        if (IsClean(text)) return text;

        var sb = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var ch = text[i];
            if (char.IsHighSurrogate(ch) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                sb.Append(ch).Append(text[++i]);
            }
            else
            {
                sb.Append(XmlConvert.IsXmlChar(ch) ? ch : '\uFFFD');
            }
        }
        return sb.ToString();
    }

    private static bool IsClean(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var ch = text[i];
            if (char.IsHighSurrogate(ch) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1])) { i++; continue; }
            if (!XmlConvert.IsXmlChar(ch)) return false;
        }
        return true;
    }
}
