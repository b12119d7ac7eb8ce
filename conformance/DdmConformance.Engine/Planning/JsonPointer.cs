using System.Text.Json.Nodes;

namespace DdmConformance.Engine.Planning;

/// <summary>Sets a value at an RFC 6901 pointer: the parent must exist; the last segment is set or added.</summary>
public static class JsonPointer
{
    /// <summary>The document with the value set; the document itself when the pointer is <c>""</c> (the value replaces it).</summary>
    public static JsonNode? Set(JsonNode? document, string pointer, JsonNode? value)
    {
        if (pointer.Length == 0) return value;
        var segments = pointer.TrimStart('/').Split('/').Select(s => s.Replace("~1", "/").Replace("~0", "~")).ToArray();
        var parent = document;
        foreach (var segment in segments[..^1])
            parent = parent switch
            {
                JsonObject o => o[segment],
                JsonArray a when int.TryParse(segment, out var i) && i >= 0 && i < a.Count => a[i],
                _ => null,
            } ?? throw new ArgumentException($"'{pointer}': nothing at '{segment}'", nameof(pointer));
        var last = segments[^1];
        switch (parent)
        {
            case JsonObject o:
                o[last] = value;
                break;
            case JsonArray a when last == "-":
                a.Add(value);
                break;
            case JsonArray a when int.TryParse(last, out var i) && i >= 0 && i < a.Count:
                a[i] = value;
                break;
            case JsonArray a when int.TryParse(last, out var i) && i == a.Count:
                a.Add(value);
                break;
            default:
                throw new ArgumentException($"'{pointer}': cannot set '{last}' there", nameof(pointer));
        }
        return document;
    }
}
