using System.Text;

namespace DdmConformance.Reports.Html;

/// <summary>
/// Appends text to the page, escaped. Everything that reaches the page from a run (target output,
/// case names, findings) goes through here; the result is safe in element content and in
/// double-quoted attribute values alike.
/// </summary>
internal static class HtmlText
{
    public static StringBuilder Text(this StringBuilder sb, string? text)
    {
        if (string.IsNullOrEmpty(text)) return sb;
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var entity = text[i] switch
            {
                '&' => "&amp;",
                '<' => "&lt;",
                '>' => "&gt;",
                '"' => "&quot;",
                '\'' => "&#39;",
                _ => null,
            };
            if (entity is null) continue;
            sb.Append(text, start, i - start).Append(entity);
            start = i + 1;
        }
        return sb.Append(text, start, text.Length - start);
    }

    /// <summary>Appends <c> name="value"</c> with the value escaped.</summary>
    public static StringBuilder Attr(this StringBuilder sb, string name, string? value)
        => sb.Append(' ').Append(name).Append("=\"").Text(value).Append('"');

    /// <summary>Appends <c>&lt;tag class="..."&gt;text&lt;/tag&gt;</c>.</summary>
    public static StringBuilder Element(this StringBuilder sb, string tag, string? cssClass, string? text)
    {
        sb.Append('<').Append(tag);
        if (cssClass is not null) sb.Attr("class", cssClass);
        return sb.Append('>').Text(text).Append("</").Append(tag).Append('>');
    }
}
