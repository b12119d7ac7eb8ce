using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace DdmConformance.Reports.Html;

/// <summary>A message body as the report shows it: JSON pretty-printed, anything huge cut short.</summary>
internal readonly record struct DisplayBody(string Text, int OriginalLength, bool Truncated);

internal static class BodyText
{
    /// <summary>64 KiB of text: beyond this a body says nothing a reviewer would read, and slows the page.</summary>
    public const int Limit = 64 * 1024;

    public static DisplayBody Format(string body)
    {
        var text = body.Length <= Limit ? PrettyJsonOrSame(body) : body;
        if (text.Length <= Limit) return new DisplayBody(text, body.Length, false);

        var cut = Limit;
        if (char.IsHighSurrogate(text[cut - 1])) cut--; // never split a surrogate pair
        return new DisplayBody(text[..cut], body.Length, true);
    }

    /// <summary>Indented JSON when the body parses as JSON, the body unchanged otherwise.</summary>
    private static string PrettyJsonOrSame(string body)
    {
        var trimmed = body.AsSpan().TrimStart();
        if (trimmed.IsEmpty || (trimmed[0] != '{' && trimmed[0] != '[')) return body;
        try
        {
            using var doc = JsonDocument.Parse(body);
            using var buffer = new MemoryStream();
            // Relaxed escaping keeps "<" and non-ASCII readable; the page escapes the result as HTML anyway.
            using (var w = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
                doc.WriteTo(w);
            return Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
        }
        catch (JsonException)
        {
            return body;
        }
    }
}
